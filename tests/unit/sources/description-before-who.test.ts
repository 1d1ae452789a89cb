import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "The fee angered the ferry crews, who said …": with no name before the comma, "who" is the
// description that ends the clause.
describe('a description before ", who"', () => {
  it('gives the relative clause statement to the description that ends the clause before it', () => {
    expect(said(run(['The new fee angered the dock workers, who said that it would empty the quay.'])))
      .toContain('dock workers | it would empty the quay');
    expect(said(run(['Ada Lund met a few island farmers, who argued the levy was unfair.'])).some((s) => /island farmers \| the levy was unfair/.test(s))).toBe(true);
  });

  it('reads a lone description before the comma whole', () => {
    expect(said(run(['Local farmers, who said the quay had silted up, asked for a dredger.'])).some((s) => s.startsWith('Local farmers | the quay had silted up'))).toBe(true);
  });

  it('still prefers a name before the comma', () => {
    expect(said(run(['The plan drew fire from Sen. Tom Smith, who said it was rushed.']))).toContain('Tom Smith | it was rushed');
  });
});
