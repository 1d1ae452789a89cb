import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a quoted title before the noun and name of its person', () => {
  it('is no quotation: the cue after the name reports the statement that follows', () => {
    const r = run(['The island film festival opened on Friday.', '“Harbour Lights” director Ada Lind said backstage that nobody could predict what the jury would do.']);
    expect(said(r)).toEqual(['Ada Lind | nobody could predict what the jury would do']);
  });

  it('leaves a quotation handed over with a comma, and one in sentence case', () => {
    expect(said(run(['The island film festival opened on Friday.', '“We will win,” director Ada Lind said backstage.']))).toEqual(['Ada Lind | We will win']);
    const sentence = run(['The island film festival opened on Friday.', '“We are going home with nothing” director Ada Lind told the crowd at the quay.']);
    expect(said(sentence)).toContain('Ada Lind | We are going home with nothing');
  });
});

describe('a title-cased quotation followed by a verb', () => {
  it('is left to the readers of quotations', () => {
    const r = run(['The island film festival opened on Friday.', '“We Will Win” said Ada Lind as the jury sat down.']);
    expect(said(r).some((l) => l.startsWith('Ada Lind |') && l.includes('We Will Win'))).toBe(true);
  });
});
