import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "Ms. Grant laughed and said, “…”": a verb of saying coordinated after another verb shares its
// subject, for a quotation right after the cue as for reported speech.
describe('a quotation after a coordinated verb of saying', () => {
  it('takes the subject of the first verb', () => {
    expect(said(run(['Ms. Grant laughed and said, “We will not move the pier this year.”'])))
      .toEqual(['Grant | We will not move the pier this year.']);
    expect(said(run(['Mr. Lund shook his head and then said: “That is a mistake.”'])))
      .toEqual(['Lund | That is a mistake.']);
  });

  it('leaves a statement with its own content before the quotation to the statement', () => {
    const r = run(['Ada Lund praised the crew and said she has what the job needs: “Patience, and a steady hand.”']);
    expect(said(r).some((line) => line.startsWith('Ada Lund | she has what the job needs'))).toBe(true);
  });

  // ("Democratic candidate Ann Roe, like the mayor, has …": the title run before a name that closes at an apposition's comma.)
  it('gives the coordinated verb the titled name, not the word before the title', () => {
    const r = run(['Democratic candidate Ann Roe, like the mayor, has backed the pier but has said she will hold firm to the budget.'], [], { attitudes: true });
    expect(r.quotes.filter((q) => q.cue === 'said').map((q) => q.speaker)).toEqual(['Ann Roe']);
  });
});
