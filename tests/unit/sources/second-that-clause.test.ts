import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "said that A, and that B": the second that-clause is the same speaker's, even when the phrase
// after it reads like a new subject with a verb ("residents should worry about …").
describe('a second that-clause of one statement', () => {
  it('keeps ", and that …" in the first speaker’s content', () => {
    const r = run(['Mayor Ruiz said that the odds of losing the vote were very low, and that residents should worry more about the budget.']);
    expect(said(r)).toEqual(['Ruiz | the odds of losing the vote were very low, and that residents should worry more about the budget']);
  });

  it('still ends a content where a second speaker’s own statement begins', () => {
    const r = run(['Ruiz said the ferry fee should go, while most islanders said it should stay.']);
    expect(said(r)).toEqual(['Ruiz | the ferry fee should go', 'most islanders | it should stay']);
  });
});
