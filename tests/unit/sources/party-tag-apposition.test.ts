import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A party and state tag between commas is no apposition (clause.ts, PARTY_TAG): the phrase before
// it is the subject, as it is before a tag in brackets.
describe('a party and state tag between commas', () => {
  it('leaves the tag out of a described speaker', () => {
    expect(said(run(['A spokesperson for Sen. Ola Vik, D-Ore., said her office was working to bring the crews home.'])))
      .toEqual(['spokesperson for Sen. Ola Vik | her office was working to bring the crews home']);
  });

  it('never reads the tag as a name', () => {
    const r = run(['An aide to Rep. Ada Lund, R-Texas, said the vote would be held on Friday.']);
    expect(r.sources.map((s) => s.name)).not.toContain('R-Texas');
  });
});
