// "…, the WHO says": a function word written in capitals inside a sentence of ordinary case ("WHO",
// "IT") is an acronym, the name of a body, never the relative pronoun or the filler it spells. The
// readers of speakers compare words in lower case, so the acronym is told apart before they do.
// (The World Health Organization is "WHO" in most news; read as "who", its every statement was lost.)

import { FUNCTION_CAPS, PRONOUNS, SUBJECT_CUE_FILLER } from './lexicon';

/** Two or more capitals and nothing else: "WHO", "IT"; not "Who" opening a sentence. */
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

/** Whether a word is a function word's spelling in capitals: an acronym, not the function word. */
export function isFunctionWordAcronym(word: string): boolean {
  if (!ALL_CAPITALS.test(word)) return false;
  const lower = word.toLowerCase();
  return PRONOUNS[lower] !== undefined || FUNCTION_CAPS.has(lower) || SUBJECT_CUE_FILLER.has(lower);
}

/** A lower-case letter near a word: its sentence is not a headline set in capitals. */
const LOWER_NEARBY = /\p{Ll}/u;

/** Whether the word at [start, end) of `text` is a function word's acronym in a sentence of ordinary case. */
export function isAcronymFiller(text: string, start: number, end: number): boolean {
  if (!isFunctionWordAcronym(text.slice(start, end))) return false;
  return LOWER_NEARBY.test(text.slice(Math.max(0, start - 20), start)) || LOWER_NEARBY.test(text.slice(end, end + 20));
}
