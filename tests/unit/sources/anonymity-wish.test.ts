import { describe, expect, it } from 'vitest';
import { isAnonymityWish } from '../../../src/core/sources/anonymity-purpose';
import { run, said } from './run';

// "The nurse, who wanted to remain anonymous, called …": the wish to stay unnamed is no position.
describe('a wish to stay unnamed after the cue', () => {
  it('is no position of the source', () => {
    const lines = said(run(['The nurse, who wanted to remain anonymous, called the new rota unworkable.'], [], { attitudes: true }));
    expect(lines.some((s) => /remain anonymous/.test(s))).toBe(false);
  });

  it('takes only a content that is the wish alone', () => {
    expect(isAnonymityWish('not to be named')).toBe(true);
    expect(isAnonymityWish('to remain anonymous')).toBe(true);
    expect(isAnonymityWish('to be named coach of the year')).toBe(false);
    expect(isAnonymityWish('not to be identified, said that the claim is false')).toBe(false);
  });
});
