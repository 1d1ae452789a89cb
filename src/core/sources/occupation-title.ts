// "Climber Ada Lund posted a photo …", "Novelist Tom Varga, from Leeds, admitted …": a sentence may
// open on the person's occupation, capitalised only because the sentence opens there, before the
// name. The occupation is the person's role, not a given name: "Climber" is no part of the name a
// reader would write, and a later "Lund said" must find "Ada Lund". Only an occupation, a word for a
// person (an agent noun, a listed person's noun, "-man", "-eur") that the page (or news text) writes
// as a common noun, before a name of two words at least; never a given name ("Hunter Biden", "Spencer
// Cox" are names whatever their shape, and are two words).

import { genderOfGivenName } from './gender';
import { NAME_TITLES, ORG_WORDS, PERSON_NOUNS } from './lexicon';
import { opensSentence, readsAsCommonNoun } from './ordinary-words';
import { isPeopleNoun } from './refiners/people-nouns';

/** "businessman", "anchorwoman", "entrepreneur", "restaurateur": people's nouns of shapes people-nouns.ts leaves out. */
const PERSON_SHAPE = /^\p{Ll}{3,}(?:man|woman|eur)$/u;

/** Whether `word` (lower case) names a person by occupation or kind. */
export function isPersonWord(word: string): boolean {
  return PERSON_NOUNS.has(word) || isPeopleNoun(word) || PERSON_SHAPE.test(word);
}

/**
 * Whether the capitalised word from `start` to `end` of `text` is an occupation standing before the
 * name `rest` (the capitalised words after it): it opens a sentence, names a person, is written as a
 * common noun, is no given name, and `rest` is a person's name of two words or more (no body's word,
 * no title).
 */
export function isOccupationBeforeName(text: string, start: number, end: number, rest: readonly string[]): boolean {
  const word = text.slice(start, end);
  const low = word.toLowerCase();
  if (rest.length < 2 || NAME_TITLES.has(low) || !isPersonWord(low)) return false;
  if (!rest.every((w) => /^\p{Lu}/u.test(w) && !ORG_WORDS.has(w.toLowerCase()) && !NAME_TITLES.has(w.toLowerCase().replace(/\.$/, '')))) return false;
  if (genderOfGivenName(word) !== null || !opensSentence(text, start)) return false;
  return readsAsCommonNoun(text, start, end);
}
