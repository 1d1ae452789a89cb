// "The judge in that case referred to …", "the head of that agency wants …": "that" after a
// preposition and before a lower-case noun is a determiner, not the "that" of a clause; a holder's
// phrase with it is no clause read as a subject. (Without this the attitude reader refused the judge,
// whose phrase held "that".)

/** A preposition, "that", and a lower-case word: the demonstrative before its noun. */
const DEMONSTRATIVE_THAT = /\b(in|of|at|on|for|from|with|by|during|under)\s+that\s+(?=\p{Ll})/gu;

/** The phrase with each demonstrative "that" after a preposition read as "the". */
export function withoutDemonstrativeThat(phrase: string): string {
  return phrase.replace(DEMONSTRATIVE_THAT, '$1 the ');
}
