import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "…, said X": after a comma, a verb of saying followed by a speaker that ends the clause is
// inverted, even when the clause before has a subject of its own ("Varga lacks …").
describe('an inverted speaker after a clause with its own subject', () => {
  it('credits the speaker after the verb, not the clause’s subject', () => {
    const r = run([
      'Tom Varga lacks support from the island councillors, whom he has angered with his port plan, said Ada Lund, a lecturer in politics at Vardby College.',
    ]);
    expect(said(r)).toContain('Ada Lund | Tom Varga lacks support from the island councillors, whom he has angered with his port plan');
  });

  it('reads a described speaker with a relative clause after it', () => {
    const r = run([
      'Keeping the ferry is squarely within the mayor’s powers, said a handful of voters who point to the harbour charter.',
      'The pier will reopen in May, said an official who was briefed on the repairs.',
    ]);
    expect(said(r)).toEqual([
      'handful of voters | Keeping the ferry is squarely within the mayor’s powers',
      'official | The pier will reopen in May',
    ]);
  });

  it('keeps a subject and its apposition before the verb', () => {
    const r = run([
      'The harbour master’s deputy, Ola Lind, said the new pilot who replaced him had moved the buoys.',
    ]);
    expect(said(r)).toEqual(['Ola Lind | the new pilot who replaced him had moved the buoys']);
  });

  // ("…,” said Ada Lund, told the Courier": a page's doubled cue; the one told is no speaker.)
  it('takes no speaker after "told": the phrase there is whom it was told to', () => {
    const r = run([
      '“The pier will reopen in May, and the ferry will run again,” said Ada Lund, the harbour master, told Courier.',
    ]);
    expect(said(r).some((line) => line.startsWith('Courier'))).toBe(false);
    expect(said(r)).toEqual(['Ada Lund | The pier will reopen in May, and the ferry will run again']);
  });
});
