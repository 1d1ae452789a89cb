import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a quotation naming the object of a relative clause ("what Lund called “…”")', () => {
  it('gives the quotation to the clause\'s named subject', () => {
    const r = run([
      'The harbour board met on Monday to set the winter timetable.',
      'The vote came ahead of what Ada Lund called “the hardest winter the pier has seen.”',
    ]);
    expect(said(r)).toContain('Ada Lund | “the hardest winter the pier has seen.”');
  });

  it('reads a subject with an apposition or an aside, and "described as"', () => {
    const r = run([
      'The town faces a port that the former mayor, Ruth Ek, called “our oldest enemy.”',
      'The fares prompted charges that Tom Berg, for one, described as “plain robbery.”',
    ]);
    expect(said(r)).toContain('Ruth Ek | “our oldest enemy.”');
    expect(said(r)).toContain('Tom Berg | as “plain robbery.”');
  });

  it('leaves a passive naming, with no one who names, alone', () => {
    const r = run([
      'The ferry docks at a pier that is called “the Long Finger” by the locals.',
      'They rebuilt what was once called “the old customs shed.”',
    ]);
    expect(r.quotes.filter((q) => q.provenance.extractor === 'sources/naming-relative')).toEqual([]);
  });
});
