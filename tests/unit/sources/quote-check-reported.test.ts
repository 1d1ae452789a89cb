import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../../src/core/sources/model';
import { isJudged } from '../../../src/core/sources/refiners/quote-check';

const reading = (extra: Partial<Attribution>): Attribution => ({
  start: 10, end: 30, text: 'the pier would reopen', direct: false, cue: 'said', cueStart: 5, speaker: null, block: 0,
  extractor: 'sources/reporting-verb', confidence: 0.5, entity: 0, ...extra,
});

describe('the groups the committed check judges', () => {
  it('judges positions and reported statements, and passes quotations unchecked', () => {
    expect(isJudged(reading({ attitude: true, cue: 'wants' }))).toBe(true);
    expect(isJudged(reading({}))).toBe(true);
    expect(isJudged(reading({ direct: true, text: '“The pier will reopen.”', extractor: 'sources/direct-quote' }))).toBe(false);
  });
});
