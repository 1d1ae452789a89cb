import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A participle after a reporting clause set off by commas hangs on that clause: its speaker speaks
// on, not the subject of the statement the clause reported.
describe('a participle after a reporting aside', () => {
  it('takes the speaker of ", Lund said, adding, “…”"', () => {
    expect(said(run(['The two ferry boards will meet next week, Per Lund said, adding, “They need to sit down and talk it through.”']))).toEqual([
      'Per Lund | The two ferry boards will meet next week',
      'Per Lund | They need to sit down and talk it through.',
    ]);
  });

  it('takes the speaker of an inverted aside, ", said Ada Roe, noting, “…”"', () => {
    expect(said(run(['The harbour vote is set for Friday, said Ada Roe, noting, “Nobody wants another delay.”']))).toContain(
      'Ada Roe | Nobody wants another delay.',
    );
  });

  it('does not read a relative clause as an aside: the sentence\'s subject still speaks', () => {
    expect(said(run(['Ola Berg attacked the timetable, which Ada Roe said was rushed, saying, “It is a mess.”']))).toContain(
      'Ola Berg | It is a mess.',
    );
  });
});

// "Like Corwin, Menard …": a capitalised preposition opens an adverbial, never the subject.
describe('a preposition\'s phrase opening the sentence', () => {
  it('is skipped for the subject a participle shares', () => {
    expect(said(run(['Like Ola Berg, Ada Roe also rejected the levy, arguing that the harbour could not afford it.']))).toContain(
      'Ada Roe | the harbour could not afford it',
    );
  });

  it('leaves a sentence whose subject opens it alone', () => {
    expect(said(run(['Ada Roe, like Ola Berg, rejected the levy, arguing that the harbour could not afford it.']))).toContain(
      'Ada Roe | the harbour could not afford it',
    );
  });
});
