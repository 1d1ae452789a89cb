import { describe, expect, it } from 'vitest';
import { subjectBefore } from '../../../src/core/sources/clause';
import { run } from './run';

const subjectOf = (sentence: string, cue: string) => {
  const at = sentence.indexOf(` ${cue}`) + 1;
  const found = subjectBefore(sentence, 0, at);
  return found ? `${found.speaker.text} | ${found.speaker.kind}` : null;
};

// A lone lower-case plural of an agent noun heads its clause as a group of people, although the
// lexicon of person nouns does not list it.
describe('a lone agent plural as the subject', () => {
  it('reads it after a linking word, an opening phrase or a clause', () => {
    expect(subjectOf('But boatbuilders were adamant that the levy must go.', 'were')).toBe('boatbuilders | anonymous');
    expect(subjectOf('Along the coast, conservationists have been alarmed by the plan.', 'have')).toBe('conservationists | anonymous');
    expect(subjectOf('If the quay floods again, surveyors say the pier will close.', 'say')).toBe('surveyors | anonymous');
    expect(subjectOf('On the island, where land is scarce, builders see the field as wasted space.', 'see')).toBe('builders | anonymous');
  });

  it('gives the position a speaker', () => {
    const r = run(['But lighthouse keepers worry that the new beacon will fail.', 'Still, innkeepers insist the season will be a good one.'], [], { attitudes: true });
    const lines = r.quotes.map((q) => `${q.speaker} | ${q.text}`);
    expect(lines, lines.join('; ')).toContain('innkeepers | the season will be a good one');
  });

  it('takes no plural of a thing, nor a word inside a longer phrase', () => {
    expect(subjectOf('But numbers show the ferry is half empty.', 'show')).not.toBe('numbers | anonymous');
    expect(subjectOf('But posters warned that the pier was closed.', 'warned')).toBeNull();
    expect(subjectOf('But the town hired surveyors and said the pier would close.', 'said')).not.toBe('surveyors | anonymous');
  });
});
