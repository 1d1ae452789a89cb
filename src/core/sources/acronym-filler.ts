// "…, the WHO says": a relative pronoun written in capitals inside a sentence of ordinary case is an
// acronym, the name of a body, never the pronoun it spells. The readers of speakers compare words in
// lower case, so the acronym is told apart before they do. (The World Health Organization is "WHO"
// in most news; read as "who", its every statement was lost.) Only the relative pronouns: other
// function words in capitals are mostly a headline's ("SPARED FROM", "USA TODAY"), and read as before.

import { PRONOUNS } from './lexicon';

/** Two or more capitals and nothing else: "WHO"; not "Who" opening a sentence. */
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

/** Whether a word is a relative pronoun's spelling in capitals: an acronym, not the pronoun. */
export function isFunctionWordAcronym(word: string): boolean {
  return ALL_CAPITALS.test(word) && PRONOUNS[word.toLowerCase()] === 'relative';
}

/** A lower-case letter near a word: its sentence is not a headline set in capitals. */
const LOWER_NEARBY = /\p{Ll}/u;

/** Whether the word at [start, end) of `text` is a relative pronoun's acronym in a sentence of ordinary case. */
export function isAcronymFiller(text: string, start: number, end: number): boolean {
  if (!isFunctionWordAcronym(text.slice(start, end))) return false;
  return LOWER_NEARBY.test(text.slice(Math.max(0, start - 20), start)) || LOWER_NEARBY.test(text.slice(end, end + 20));
}
