// "The study tested three labels …", "The senator emailed supporters …", "the mother whose
// daughter …": a noun of a source, then a past form ("-ed") or "whose" before the phrase's
// last noun is a clause (the noun its subject), not one description whose head is the last noun.
// Read as one, the sheet showed "study tested three" and "mother whose daughter" as speakers; the
// description is the words up to that noun ("The study", "the mother").

import { DOCUMENT_NOUNS, PERSON_NOUNS } from './lexicon';

/**
 * A past verb form. (Not "-es": after a noun it is as often a compound's plural, "release dates",
 * "survey rates", as a verb, "report explores".)
 */
const VERB_FORM = /^\p{Ll}{2,}(?:ied|[^e]ed|eed)$/u;
/** A personal pronoun after the verb: the clause's own subject ("The statement noted they had …"). */
const PRONOUN = /^(?:he|she|they|we|it|i|you)$/i;

/**
 * `modifiers`: the words between the determiners and the head, as printed; `head`, the head. Where the clause's verb
 * stands among them (the description ends before it), or -1.
 */
export function verbAfterSourceNoun(modifiers: readonly string[], head: string): number {
  // ("Parents waved banners": the noun may open the sentence with its capital.)
  const at = modifiers.findIndex((m, k) => k > 0 && (VERB_FORM.test(m) || m === 'whose') && isSourceNoun(k === 1 ? opening(modifiers[0]!) : modifiers[k - 1]!));
  // ("The statement noted they had …": a clause with a subject of its own after the verb is the
  // reported clause, whose subject speaks; no description to cut.)
  return at > 0 && [...modifiers.slice(at + 1), head].some((m) => PRONOUN.test(m)) ? -1 : at;
}

/** A first word with a sentence's capital, in lower case ("Parents" → "parents"); any other as it is. */
function opening(word: string): string {
  return /^\p{Lu}\p{Ll}+$/u.test(word) ? word.toLowerCase() : word;
}

function isSourceNoun(word: string): boolean {
  // (Not a body's noun: "the most pointed exchange occurred when …" is no body's clause.)
  return /^\p{Ll}/u.test(word) && (DOCUMENT_NOUNS.has(word) || PERSON_NOUNS.has(word));
}
