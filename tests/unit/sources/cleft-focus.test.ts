import { describe, expect, it } from 'vitest';
import { isCleftFocus } from '../../../src/core/sources/refiners/cleft-focus';
import { run, said } from './run';

// The person a cleft puts in focus ("it was Katie Berg who …") is the one a later "she" goes back
// to, not the subject of the clause fronted before it. Our own sentences.
describe('the focus of a cleft is a subject (cleft-focus.ts)', () => {
  it('reads "it was <name> who"', () => {
    const text = 'Then it was Katie Berg who won.';
    const at = text.indexOf('Katie Berg');
    expect(isCleftFocus(text, at, at + 'Katie Berg'.length)).toBe(true);
    const plain = 'Then Katie Berg won.';
    const here = plain.indexOf('Katie Berg');
    expect(isCleftFocus(plain, here, here + 'Katie Berg'.length)).toBe(false);
  });

  it('gives the next quotation to the focus, in the next paragraph or the same one', () => {
    const lead = 'After Lily Tann won her first match on Monday, it was Katie Berg who got the ball rolling on Tuesday with a win.';
    const quote = '“I hope I started everyone off well today,” she told Harbour Radio afterwards.';
    expect(said(run([lead, quote]))).toEqual(['Katie Berg | I hope I started everyone off well today']);
    expect(said(run([`${lead} ${quote}`]))).toEqual(['Katie Berg | I hope I started everyone off well today']);
  });
});
