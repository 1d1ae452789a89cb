// "The report explores data showing …", "The study tested three labels …", "the mother whose
// daughter …": a noun of a source, then a verb form ("-es", "-ed") or "whose" before the phrase's
// last noun is a clause (the noun its subject), not one description whose head is the last noun.
// Read as one, the sheet showed "report explores data" and "study tested three" as speakers; the
// description is the words up to that noun ("The report", "the mother").

import { DOCUMENT_NOUNS, ORG_NOUNS, PERSON_NOUNS } from './lexicon';

/** A third-person or past verb form (not "-ss", "-sis", "-us" nouns: "press", "analysis", "census"). */
const VERB_FORM = /^\p{Ll}{2,}(?:[^s]es|ied|[^e]ed|eed)$/u;

/**
 * `modifiers`: the words between the determiners and the head, as printed. Where the clause's verb
 * stands among them (the description ends before it), or -1.
 */
export function verbAfterSourceNoun(modifiers: readonly string[]): number {
  return modifiers.findIndex((m, k) => k > 0 && (VERB_FORM.test(m) || m === 'whose') && isSourceNoun(modifiers[k - 1]!));
}

function isSourceNoun(word: string): boolean {
  return /^\p{Ll}/u.test(word) && (DOCUMENT_NOUNS.has(word) || PERSON_NOUNS.has(word) || ORG_NOUNS.has(word));
}
