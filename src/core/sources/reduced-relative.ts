// "Activists clamoring for a recount say …", "residents living near the plant said …": a present
// participle after a plural noun, with words after it, opens a reduced relative clause that
// describes the noun; the noun is the description's head, as before "who" or a preposition.

import { PERSON_NOUNS } from './lexicon';

const PARTICIPLE = /^\p{Ll}{2,}ing$/u;
// A lower-case plural ("activists", "fact-checkers"), not "-ss" or "-us" words ("press", "status").
const PLURAL = /^\p{L}[\p{Ll}-]+[^sui'\u2019]s$/u;
// "-ing" nouns and adjectives that are no participle ("the leading candidates", "building owners").
const NOT_PARTICIPLE = new Set(['building', 'meeting', 'hearing', 'ruling', 'funding', 'spending', 'leading', 'morning', 'evening', 'everything', 'something', 'nothing', 'anything', 'thing', 'king', 'wing', 'ring', 'spring', 'string', 'bring', 'during', 'sibling', 'willing', 'outgoing', 'incoming', 'ongoing', 'remaining', 'voting', 'polling']);

/** Whether the word at `at` opens a reduced relative on the plural (or person noun) before it. */
export function opensReducedRelative(words: readonly string[], at: number): boolean {
  const word = words[at]!;
  if (at < 1 || at >= words.length - 1 || !PARTICIPLE.test(word) || NOT_PARTICIPLE.has(word)) return false;
  const noun = words[at - 1]!.toLowerCase();
  return PLURAL.test(words[at - 1]!) || PERSON_NOUNS.has(noun);
}
