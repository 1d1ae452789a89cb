import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// Statement forms whose cue was never read: a middle initial "A." or "I." that the name reader took
// for the article or the pronoun.
describe('a middle initial that spells a function word', () => {
  it('reads "A." and "I." as initials of a name', () => {
    const r = run([
      '“The audit is finished,” said Nora A. Lindqvist, the city treasurer.',
      'Peter I. Dahl said the vote would be held in May.',
    ]);
    expect(said(r)).toEqual([
      'Nora A. Lindqvist | The audit is finished',
      'Peter I. Dahl | the vote would be held in May',
    ]);
  });

  it('still reads a sentence-opening "A" as the article', () => {
    const r = run(['A spokesman for the port said the cranes would be repaired.']);
    expect(r.quotes.map((q) => q.speaker)).not.toContain('A spokesman for the port');
    expect(r.quotes).toHaveLength(1);
  });
});
