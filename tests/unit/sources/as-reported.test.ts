import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('"…, as X noted.": an as-clause credits the sentence around it to its subject', () => {
  it('reads a trailing as-clause, with an auxiliary, an adverb or an adjunct after the verb', () => {
    const r = run([
      'The ferry lost money every winter, as Ada Lund has often noted.',
      'Raising the fares would also carry risks, as critics of the plan point out.',
      'The pier was never built to carry trucks, as the Harbour Gazette reported on Tuesday.',
    ]);
    expect(said(r)).toEqual([
      'Ada Lund | The ferry lost money every winter',
      'critics of the plan | Raising the fares would also carry risks',
      'Harbour Gazette | The pier was never built to carry trucks',
    ]);
  });

  it('reads an as-clause in the middle: the part before it when a coordinated clause follows, else the whole sentence', () => {
    const r = run([
      'Tom Berg also met the mayor that day, as the Harbour Gazette reported, and he will join the board in May.',
      'The plan, as Ada Lund noted in a letter, would cut the winter crossings by half.',
    ]);
    expect(said(r)).toContain('Harbour Gazette | Tom Berg also met the mayor that day');
    expect(said(r)).toContain('Ada Lund | The plan, as Ada Lund noted in a letter, would cut the winter crossings by half');
  });

  it('reads the rest of the sentence after a connective and "as X reported,"', () => {
    const r = run(['And, as the Harbour Gazette first reported, the council had already sold the pier.']);
    expect(said(r)).toEqual(['Harbour Gazette | the council had already sold the pier']);
  });

  it('starts the content at the reported clause the as-clause comments on', () => {
    const r = run(['The mayor assured the crowd that the crossing would stay open - as Ada Lund has said - and the crowd cheered.']);
    expect(said(r)).toContain('Ada Lund | the crossing would stay open');
  });

  it('leaves the "as" of a time, a comparison or an act with an object alone', () => {
    const r = run([
      'The crowd cheered, as Ada Lund explained how the ferry would run.',
      'The fares rose, as well as the taxes.',
      'The band played on, as they say.',
      'The clerk kept the old timetable, as his former secretary of State did.',
    ]);
    expect(r.quotes.filter((q) => q.provenance?.extractor === 'sources/as-reported')).toEqual([]);
  });
});
