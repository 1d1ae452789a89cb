import { describe, expect, it } from 'vitest';
import { subjectBefore } from '../../../src/core/sources/clause';

const subject = (sentence: string, cue: string) => subjectBefore(sentence, 0, sentence.indexOf(cue))?.speaker;

// A comparison between commas ("like many other unions", "unlike the mayor") is an aside on the
// subject before it; with a relative clause on the compared phrase, the subject still speaks.
describe('a comparison aside before the verb', () => {
  it('skips "like …" and its relative clause', () => {
    expect(subject('The dockers union, like several other unions, which have fought the fee for years, declared the deal was dead.', 'declared')?.text).toBe('The dockers union');
  });

  it('skips "unlike …" before a name\'s verb', () => {
    expect(subject('Mayor Ann Lisk, unlike the council, which voted for it, said the fee was unfair.', 'said')?.text).toBe('Mayor Ann Lisk');
  });

  it('keeps the person a "like" example names when a description follows the name', () => {
    const s = subject('Some harbour economists, like Nora Vell, a fellow at the Brantwood Institute, argue the fee is fair.', 'argue');
    expect(s?.text).toContain('Nora Vell');
  });
});
