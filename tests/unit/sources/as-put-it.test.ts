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
});
