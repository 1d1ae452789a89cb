// "The judge in that case referred to …", "the head of that agency wants …": "that" after a
// preposition and before a lower-case noun is a determiner, not the "that" of a clause; a holder's
// phrase with it is no clause read as a subject. (Without this the attitude reader refused the judge,
// whose phrase held "that".)

/** The prepositions after which "that" is a determiner ("in that case", "wrote in that magazine"). */
export const PREPOSITIONS_BEFORE_THAT = String.raw`(?:in|on|at|for|with|by|from|about|during|under|into|through|of|like)`;
/** A preposition, "that", and a lower-case word: the demonstrative before its noun. */
const DEMONSTRATIVE_THAT = new RegExp(String.raw`\b(${PREPOSITIONS_BEFORE_THAT})\s+that\s+(?=\p{Ll})`, 'gu');

/** The phrase with each demonstrative "that" after a preposition read as "the". */
export function withoutDemonstrativeThat(phrase: string): string {
  return phrase.replace(DEMONSTRATIVE_THAT, '$1 the ');
}
