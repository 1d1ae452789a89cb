import { describe, expect, it } from 'vitest';
import { isAnonymityPurpose } from '../../../src/core/sources/anonymity-purpose';
import { run, said } from './run';

// "The nurse, who wanted to remain anonymous, called …": the wish to stay unnamed is no position.
describe('a wish to stay unnamed after the cue', () => {
  it('is no position of the source', () => {
    const lines = said(run(['The nurse, who wanted to remain anonymous, called the new rota unworkable.'], [], { attitudes: true }));
    expect(lines.some((s) => /remain anonymous/.test(s))).toBe(false);
  });

  it('tells the formula from an appointment', () => {
    const text = 'She asked not to be named. He hopes to be named coach of the year.';
    expect(isAnonymityPurpose(text, text.indexOf('asked'))).toBe(true);
    expect(isAnonymityPurpose(text, text.indexOf('hopes'))).toBe(false);
  });
});
