import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('stances named as possessive nouns with a describing word or a short object (attitude reading)', () => {
  it('reads "X\'s energetic endorsement of Lund" and "her long support for …"', () => {
    const r = run([
      'Mara Jensen spoke at the pier. Jensen\'s energetic endorsement of Lund surprised the council.',
      'Ruth Okafor spoke on Monday. Her long support for the harbour levy is well known.',
    ], [], ATTITUDES);
    expect(lines(r)).toContain('Mara Jensen | endorsement | Lund');
    expect(lines(r)).toContain('Ruth Okafor | support | the harbour levy');
    const coordinated = run(['Tomas Berg spoke at the pier. He pointed to Jensen\'s current support for tolls and praised her for it.'], [], ATTITUDES);
    expect(lines(coordinated)).toContain('Jensen | support | tolls');
  });

  it('reads no poll share and stays out of the fact sheet', () => {
    expect(lines(run(['Mara Jensen leads the race. Jensen\'s support of 40%.'], [], ATTITUDES)).filter((l) => l.includes('| support |'))).toEqual([]);
    expect(run(['Mara Jensen spoke at the pier. Jensen\'s energetic endorsement of Lund surprised the council.']).quotes).toEqual([]);
  });
});
