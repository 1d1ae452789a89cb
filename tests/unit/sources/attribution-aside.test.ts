import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// An attribution set off by commas inside the statement: "The ferry, she said, will run" and
// "The industry, said Jones, is doing better".
describe('an attribution set off as an aside', () => {
  it('credits the subject of the aside, not the words before it', () => {
    const r = run([
      'Officials briefed on the talks met the mayor on Monday.',
      'Ms. Lind, these officials said, would be open to other ways of keeping the ferry.',
    ]);
    expect(said(r)).toContain('officials | Ms. Lind would be open to other ways of keeping the ferry');
  });

  it('joins the statement around an inverted speaker when a verb resumes it', () => {
    const r = run([
      'Ada Jones runs the harbour.',
      'The ferry industry, said Jones, is doing much better than it did last year.',
    ]);
    expect(said(r)).toEqual(['Ada Jones | The ferry industry is doing much better than it did last year']);
  });

  it('keeps an apposition after an inverted speaker out of the statement', () => {
    const r = run(['The pier will reopen in May, said Ada Jones, the harbour master.']);
    expect(said(r)).toEqual(['Ada Jones | The pier will reopen in May']);
  });

  it('joins the statement around an inverted speaker and an apposition when a verb resumes it', () => {
    const r = run(['The paradox of the pier, says Carl Holm, a historian at the Harbor Library, is that it was built for a town that never came.']);
    expect(said(r)).toEqual(['Carl Holm | The paradox of the pier is that it was built for a town that never came']);
  });

  it('joins it when two words resume it after the aside, a verb first', () => {
    const r = run(['Any attempt to fix the pier without the state, Piet Holm said, becomes hopeless.']);
    expect(said(r)).toEqual(['Piet Holm | Any attempt to fix the pier without the state becomes hopeless']);
  });

  it('but not two words of time after the aside', () => {
    const r = run(['The pier will reopen in May, Piet Holm said, last week.']);
    expect(said(r).join(' ')).not.toContain('last week');
  });
});
