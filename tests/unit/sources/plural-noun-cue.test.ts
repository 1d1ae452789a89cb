import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "County records show that …": a cue word that is also a plural noun is the subject's head when a
// verb of its own follows it; the verb after it is the cue.
describe('a plural noun that looks like a reporting verb', () => {
  it('reads "records show" as the subject and its verb', () => {
    expect(said(run(['But county records show that the harbour lost money in each of the last ten years.']))).toEqual([
      'county records | the harbour lost money in each of the last ten years',
    ]);
  });

  it('reads "Census reports suggest" the same way', () => {
    const speakers = run(['Census reports suggest that the town lost a fifth of its people.']).quotes.map((q) => q.speaker);
    expect(speakers).not.toContain('Census');
  });

  it('keeps "reports" a verb before its content', () => {
    expect(said(run(['The harbour board reports that the pier will close in May.']))).toEqual(['harbour board | the pier will close in May']);
  });

  it('keeps "says" a verb before the verb of a relative clause', () => {
    expect(said(run(['The study, which the mayor says showed a rise in visitors, was never published.'])).map((l) => l.split(' | ')[0])).toEqual(['mayor']);
  });
});
