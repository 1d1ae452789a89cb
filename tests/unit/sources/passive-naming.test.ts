import { describe, expect, it } from 'vitest';
import { run } from './run';

const speakers = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.text.replace(/[.”]+$/, '').split(' ').slice(-4).join(' ')}`);

describe('a naming cue in the passive', () => {
  it('gives the words to the document they are written in, or to the agent, never to the one described', () => {
    const r = run([
      'Tom Lund, 21, is described in the court filing as “a former business partner of the mayor.”',
      'Ada Berg was described by prosecutors as “a danger to the whole harbour.”',
    ]);
    expect(speakers(r)).toEqual([
      'court filing | partner of the mayor',
      'prosecutors | to the whole harbour',
    ]);
  });

  it('names no speaker when the passive has no agent, and leaves the active cue alone', () => {
    const r = run([
      'Eva Holm is described as “a quiet neighbour who kept to herself.”',
      'The mayor described the ferry plan as “a waste of everyone’s money.”',
      'The harbour master is calling the storm “the worst in a generation.”',
    ]);
    expect(speakers(r)).toEqual(['mayor | waste of everyone’s money', 'harbour master | worst in a generation']);
  });
});
