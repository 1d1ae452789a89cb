import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A quoted sentence after a colon, its speaker the subject right before a short verb phrase that
// ends at the colon, in a sentence that opens with something else (colon-verb-quote.ts).
describe('a quotation after a colon and the verb of a subject deep in the sentence', () => {
  it('reads the subject after an opening participle clause', () => {
    expect(said(run(['Asked whether the vote should wait, Councillor Maren Lund shot back: “That would be a mistake.”']))).toEqual([
      'Maren Lund | That would be a mistake.',
    ]);
  });

  it('reads the subject of the second of two joined clauses', () => {
    expect(said(run(['The hall went quiet, and then Councillor Ivo Ek continues: “We will build the bridge this year.”']))).toEqual([
      'Ivo Ek | We will build the bridge this year.',
    ]);
  });

  it('reads a lower-case pronoun before the verb as its subject', () => {
    expect(said(run(['Councillor Maren Lund left early. Asked which ferry was her favourite, she demurred: “Whichever one is on time.”']))).toEqual([
      'Maren Lund | Whichever one is on time.',
    ]);
    // (A relative clause's verb announces nothing: the quotation is the sound bite's.)
    expect(said(run(['Councillor Maren Lund spoke at the pier. She offered a sound bite for which she later apologized: “We will close every ferry.”']))
      .includes('Maren Lund | We will close every ferry.')).toBe(false);
  });

  it('names no speaker after a copula', () => {
    expect(said(run(['When the board met on Monday, the only answer was: “Nobody knows.”']))).toEqual([]);
  });

  it('does not read a plural noun before the colon as a verb', () => {
    expect(said(run(['After the match, Councillor Ivo Ek thanked the fans: “You were wonderful tonight.”']))
      .some((line) => line.startsWith('fans'))).toBe(false);
    expect(said(run(['On the last night, Ivo Ek heckles rival supporters: “You are wasting your evening.”']))
      .some((line) => /^(?:rival|supporters)/.test(line))).toBe(false);
  });

  it('reads an "-ing" word after an article and a name as a noun, not a verb', () => {
    const occasion = said(run([
      'The hall went quiet, and then came the Ek briefing: “We will build the bridge in December.”',
      'The ferry was late again, and later that week a Lund hearing: “Nobody checked the engines.”',
    ]));
    expect(occasion.some((line) => /^(?:Ek|Lund) \|/.test(line))).toBe(false);
  });

  it('still reads an "-ing" verb after a name without an article', () => {
    expect(said(run(['The hall went quiet, and then Councillor Ivo Ek started speaking: “We will build the bridge in October.”']))).toEqual([
      'Ivo Ek | We will build the bridge in October.',
    ]);
  });

  it('leaves a quoted phrase that is no whole sentence', () => {
    expect(said(run(['Asked about the plan, Councillor Maren Lund offered one word: “premature”']))).toEqual([]);
  });
});
