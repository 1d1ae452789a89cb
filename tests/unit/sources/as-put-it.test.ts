import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('"As X put it, “…”": the quotation is X\'s wording', () => {
  it('reads the quotation after "As Name put it,"', () => {
    const r = run([
      'The council has been slow to act on the ferry timetable.',
      'As Ada Lund put it, “Nobody on this pier believes the winter schedule will hold.”',
    ]);
    expect(said(r)).toContain('Ada Lund | Nobody on this pier believes the winter schedule will hold.');
  });

  it('reads through an apposition that quotes a title, and an adjunct before a colon', () => {
    const r = run([
      'As Ada Lund, the harbour master and author of “Tides of Brill,” put it, “Nobody on this pier believes the winter schedule will hold.”',
      'As the mayor put it in a letter to residents on Monday: “We cannot keep the crossing open at a loss forever.”',
    ]);
    expect(said(r)).toContain('Ada Lund | Nobody on this pier believes the winter schedule will hold.');
    expect(said(r)).toContain('mayor | We cannot keep the crossing open at a loss forever.');
  });

  it('leaves "put it" with an object of its own alone', () => {
    const r = run([
      'The clerk took the old timetable and put it on the wall, “just for the tourists.”',
    ]);
    expect(r.quotes.filter((q) => q.cue === 'put it')).toEqual([]);
  });

  it('reads the rest of the sentence after "As X put it," when no quotation opens it', () => {
    const r = run([
      'The board met on Monday.',
      'As Ms. Lund put it in a letter to the council in July, the pier is “a lost cause for anyone who fishes.”',
      'As the mayor put it, the ferry will run until the money runs out.',
      'As expected, the vote was close.',
    ]);
    expect(said(r)).toEqual([
      'Lund | the pier is “a lost cause for anyone who fishes.”',
      'mayor | the ferry will run until the money runs out',
    ]);
  });
});
