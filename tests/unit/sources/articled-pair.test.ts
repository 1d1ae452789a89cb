import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// Two names joined by "and", each with its article, speak together (articled-pair.ts).
describe('two names, each with its article, joined by "and"', () => {
  it('gives the statement to the pair, not to the second name alone', () => {
    expect(said(run(['The Harbour Trust and the Coast Museum said the pier would close in June.'])))
      .toEqual(['Harbour Trust and the Coast Museum | the pier would close in June']);
  });

  it('reads the pair after an opening phrase, before a verb the second name alone lost', () => {
    expect(run(['In March, the Harbour Trust and the Coast Museum called for rules limiting access to the old pier.']).quotes[0]?.speaker)
      .toBe('Harbour Trust and the Coast Museum');
  });

  it('leaves "both" out of the pair\'s name', () => {
    expect(run(['Both the Harbour Trust and the Coast Museum said the pier would close in June.']).quotes[0]?.speaker)
      .toBe('Harbour Trust and the Coast Museum');
  });

  it('leaves a name joined to a description to the other readers', () => {
    expect(said(run(['The Harbour Trust and the dock union said the pier would close in June.'])).some((l) => l.startsWith('Harbour Trust and'))).toBe(false);
  });
});
