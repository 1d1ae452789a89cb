import { describe, expect, it } from 'vitest';
import { IRREGULAR_PAST } from '../../../src/core/sources/attitude-lexicon';

// A past form without "-ed" pairs with a first cue in the past ("praised the plan and cast doubt on
// …") and is never a bare form that needs an agreeing plural subject.
describe('irregular past forms', () => {
  it('knows the past of verbs that news writes as cues ("cast", "gave", "began", "drew", "won")', () => {
    for (const w of ['cast', 'gave', 'given', 'began', 'drew', 'won', 'sent', 'held', 'struck', 'misled', 'withdrew']) {
      expect(IRREGULAR_PAST.has(w), w).toBe(true);
    }
  });

  it('does not take a bare form for a past one', () => {
    for (const w of ['give', 'begin', 'draw', 'win', 'send', 'hold', 'strike', 'mislead', 'withdraw']) {
      expect(IRREGULAR_PAST.has(w), w).toBe(false);
    }
  });
});
