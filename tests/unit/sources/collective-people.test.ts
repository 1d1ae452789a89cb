import { describe, expect, it } from 'vitest';
import { readSpeaker } from '../../../src/core/sources/speaker-phrase';
import { isCollectivePeopleNoun } from '../../../src/core/sources/collective-people';

/** The speaker read from `phrase` alone. */
function speakerOf(phrase: string): string | null {
  return readSpeaker(phrase, 0, phrase.length)?.text ?? null;
}

describe('a collective noun of people as a speaker', () => {
  it('reads "Harbour board staff" and "Staff for the harbour board" as speakers', () => {
    expect(speakerOf('Harbour board staff')).toBe('Harbour board staff');
    expect(speakerOf('Staff for the harbour board')).toBe('Staff for the harbour board');
  });

  it('keeps the body named after "for" as the affiliation', () => {
    expect(readSpeaker('Staff for the Tarn Valley Water Board', 0, 37)?.affiliation).toBe('Tarn Valley Water Board');
  });

  it('still reads a determined "her staff" as before', () => {
    expect(speakerOf('her staff')).toBe('her staff');
  });

  it('reads the outlets taken together without an article ("State media", "Local media in Ruritania")', () => {
    expect(speakerOf('State media')).toBe('State media');
    expect(speakerOf('Local media in Ruritania')).toBe('Local media in Ruritania');
  });

  it('leaves "Social media", the platforms, no body of outlets', () => {
    expect(speakerOf('Social media')).toBeNull();
    expect(isCollectivePeopleNoun('media', 'social')).toBe(false);
  });

  it('knows only nouns of a body of people', () => {
    expect(isCollectivePeopleNoun('staff')).toBe(true);
    expect(isCollectivePeopleNoun('Personnel')).toBe(true);
    expect(isCollectivePeopleNoun('stuff')).toBe(false);
    expect(isCollectivePeopleNoun('board')).toBe(false);
  });
});
