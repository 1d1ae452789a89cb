import { describe, expect, it } from 'vitest';
import { run } from './run';

// "… report such cases to police, no proof can be given because, “…”": the quotation completes the "because" clause.
describe('a quotation right after a subordinator and its comma', () => {
  it('is no content of the cue before the subordinate clause', () => {
    const r = run(['Lamps help, and suppose they report such cases to police, no clear proof can be given because, “they cannot see faces in the dark.”']);
    expect(r.quotes.filter((q) => q.direct)).toEqual([]);
  });

  it('leaves a quotation after an adjunct and its comma', () => {
    const r = run(['The mayor said on Friday, “We will fix the lamps.”']);
    expect(r.quotes.map((q) => `${q.speaker} | ${q.text}`)).toEqual(['mayor | We will fix the lamps.']);
  });
});
