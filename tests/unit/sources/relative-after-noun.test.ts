import { describe, expect, it } from 'vitest';
import { isRelativeAfterNoun } from '../../../src/core/sources/relative-after-noun';
import { run } from './run';

describe('a noun cue followed by a relative clause', () => {
  it('reads "that" + a verb with its preposition as a relative clause, not a content', () => {
    expect(isRelativeAfterNoun('sources/noun-cue', ' that ', 'emerges from the weekend congress')).toBe(true);
    expect(isRelativeAfterNoun('sources/noun-cue', ' which ', 'was read aloud on Friday')).toBe(true);
    expect(isRelativeAfterNoun('sources/noun-cue', ' that ', 'shaped the whole campaign')).toBe(true);
  });

  it('keeps a content clause with its own subject', () => {
    expect(isRelativeAfterNoun('sources/noun-cue', ' that ', 'the ballots were counted twice')).toBe(false);
    expect(isRelativeAfterNoun('sources/noun-cue', ' that ', 'officials hid the memo')).toBe(false);
    expect(isRelativeAfterNoun('sources/noun-cue', ' that ', 'taxes rose in the spring')).toBe(false);
    expect(isRelativeAfterNoun('sources/noun-cue', ' that ', 'hatred for outsiders is growing')).toBe(false);
    // A plural noun before a preposition, with its verb further on.
    expect(isRelativeAfterNoun('sources/noun-cue', ' that ', 'reports about the mill, written by two clerks, were false')).toBe(false);
    expect(isRelativeAfterNoun('sources/noun-cue', ' that ', 'rates in the county are too high')).toBe(false);
  });

  it('leaves verb cues alone: "said that was a mistake" has a demonstrative subject', () => {
    expect(isRelativeAfterNoun('sources/reporting-verb', ' that ', 'was a mistake')).toBe(false);
  });

  it('leaves a noun cue before "for"/"to" alone', () => {
    expect(isRelativeAfterNoun('sources/noun-cue', ' for ', 'was a mistake')).toBe(false);
  });

  it('drops the relative clause in a whole text and keeps the claim', () => {
    const quotes = run([
      'Delegates could shape the Green Party\'s message that emerges from the weekend congress.',
      'Ms. Lowe\'s claim that the ballots were counted twice drew a sharp rebuke from the board.',
    ], [], { attitudes: true }).quotes;
    expect(quotes.some((q) => q.text.startsWith('emerges'))).toBe(false);
    expect(quotes.some((q) => /Lowe/.test(q.speaker ?? '') && q.text.includes('ballots were counted twice'))).toBe(true);
  });
});
