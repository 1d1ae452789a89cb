import { describe, expect, it } from 'vitest';
import { run } from './run';

// A base-form cue ("support", "want") agrees with a plural subject; some plurals have no "-s"
// ("men", "people") and some are quantifiers standing alone ("many", "most").
describe('positions of plural subjects without an "-s"', () => {
  it('reads "Women support …" and "Men under 40 back …"', () => {
    const r = run(['Women support Ruiz by nine points in the harbour district.', 'Men back Lind by four points.'], [], { attitudes: true });
    expect(r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`)).toEqual([
      'Women | support | Ruiz by nine points in the harbour district',
      'Men | back | Lind by four points',
    ]);
  });

  it('reads "Many fear …" and "Most want …"', () => {
    const r = run(['Many fear the ferry will stop running in winter.', 'Most want a new pier on the north shore.'], [], { attitudes: true });
    expect(r.quotes.map((q) => `${q.speaker} | ${q.cue}`)).toEqual(['Many | fear', 'Most | want']);
  });

  it('does not read a singular noun before a base form as a subject ("the ferry plan support")', () => {
    const r = run(['The council weighed the ferry plan support from islanders.'], [], { attitudes: true });
    expect(r.quotes.filter((q) => q.cue === 'support')).toEqual([]);
  });
});
