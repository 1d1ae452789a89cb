import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

// A stance's object keeps what follows it in its clause: annotators of political news mark the
// time, the occasion and the reason with the object ("criticized the plan on Monday as she toured
// the pier"), so a content cut at the object alone is too short to be found.
describe('the object of a stance with its circumstance', () => {
  it('keeps a time, a subordinate clause and a complement with the object', () => {
    const r = run([
      'Ilse Vann has been critical of Okafor since they both ran for mayor.',
      'Vann criticized the ferry plan on Monday as she toured the pier.',
      'Vann thanked the crew for backing the pier bill.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Ilse Vann | critical | Okafor since they both ran for mayor',
      'Ilse Vann | criticized | the ferry plan on Monday as she toured the pier',
      'Ilse Vann | thanked | the crew for backing the pier bill',
    ]);
  });

  it('keeps the circumstance after a learned cue’s object', () => {
    const r = run(['Harbour master Ilse Vann vouches for the new pilot boats this winter.'], [], ATTITUDES);
    expect(lines(r)).toEqual(['Ilse Vann | vouches for | the new pilot boats this winter']);
  });
});
