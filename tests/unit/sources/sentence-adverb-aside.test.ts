import { describe, expect, it } from 'vitest';
import { isAdjunctAside } from '../../../src/core/sources/adjunct-before-quote';
import { run, said } from './run';

describe('"Lund said, however, “…”": a sentence adverb between the cue and its quotation', () => {
  it('reads the quotation after "however" between commas', () => {
    const r = run(['Ada Lund said, however, “We will not give up the pier.”']);
    expect(said(r)).toEqual(['Ada Lund | We will not give up the pier.']);
  });

  it('reads it after "for her part"', () => {
    const r = run(['Kim Holm replied, for her part, “The pier stays shut until May.”']);
    expect(said(r)).toEqual(['Kim Holm | The pier stays shut until May.']);
  });

  it('takes only a connective between commas, not a clause', () => {
    expect(isAdjunctAside(', however, ')).toBe(true);
    expect(isAdjunctAside(', however the vote goes, ')).toBe(false);
    expect(isAdjunctAside(' however ')).toBe(false);
  });
});
