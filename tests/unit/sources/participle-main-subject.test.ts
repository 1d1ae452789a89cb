import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A participle of saying that hangs on a main clause whose subject the name readers refuse: a
// description ("The 70-year-old ferryman"), a possessive body ("the council's press office"), or a
// name after an opening adverbial that is no preposition's phrase ("A week later, Lund …").
describe('a participle of saying after a long main clause', () => {
  it('takes a definite description as its subject', () => {
    expect(said(run(['Per Lund runs the ferry.', 'The 70-year-old ferryman began by describing the storm, saying that the harbour had never flooded so fast.']))).toEqual([
      'Per Lund | the harbour had never flooded so fast',
    ]);
  });

  it('takes the subject of a main clause whose finite verb is an auxiliary ("has been", "are rushing")', () => {
    expect(said(run(['The harbour weekly has been outspoken against the levy, arguing that it is a tax on the poor.']))).toEqual([
      'harbour weekly | it is a tax on the poor',
    ]);
    expect(said(run(['The island ferry unions are rushing to build a coalition, arguing that the subsidy could be lost.']))).toEqual([
      'island ferry unions | the subsidy could be lost',
    ]);
  });

  it('takes a description of seven or eight words as the subject', () => {
    const r = run([
      'A spokesman for the Harbour Board Safety Committee sent reporters the text of the law, arguing, “The law says nothing of the kind.”',
      'The former harbour adviser on the dredging went further, arguing the levy could make the silting worse.',
    ], [], { attitudes: true });
    expect(r.quotes.map((q) => `${q.speaker} | ${q.text}`)).toEqual([
      'spokesman for the Harbour Board Safety Committee | The law says nothing of the kind.',
      'former harbour adviser on the dredging | the levy could make the silting worse',
    ]);
  });

  it('reads the name after an opening adverbial', () => {
    expect(said(run(['Per Lund runs the ferry.', 'A week later, Lund changed his mind again, telling the board that the timetable would stay.']))).toEqual([
      'Lund | the timetable would stay',
    ]);
  });

  it('gives a quotation after the participle to that subject', () => {
    expect(said(run(["The council's press office brushed off the complaints, telling reporters, “Nobody has asked us for a new bridge.”"]))).toEqual([
      "council's press office | Nobody has asked us for a new bridge.",
    ]);
  });

  it('keeps a quotation closed on its comma before the next clause', () => {
    expect(said(run(['Per Lund runs the ferry.', 'Mr. Lund also came close to an apology, saying, “We never claimed the boats were safe,” but he blamed the weather.']))).toContain(
      'Lund | We never claimed the boats were safe',
    );
  });

  it('does not take the subject of an opening subordinate clause', () => {
    expect(said(run(['When the vote failed, the mayor walked out, saying the count was wrong.']))).toEqual(['mayor | the count was wrong']);
  });
});
