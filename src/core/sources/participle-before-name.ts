// "One pastor supporting Mr. Cruz, Ada Lund, said …", "a superdelegate backing Clinton said …": a
// name right after a noun and a participle in -ing is the participle's object, not a person whom the
// words before it title ("pastor supporting" is no role of Cruz's). The phrase is a description of
// someone else: the pastor, or the name set beside it between commas.
// Not the -ing words that are titles before a name ("outgoing President Obama", "acting Director Ann
// Roe"), nor one after a determiner or an adverb, which makes it an adjective ("the leading …").

/** -ing words written as part of a title before a name. */
const TITLE_ING = /^(?:acting|outgoing|incoming|ranking|sitting|reigning|founding|managing|presiding|retiring|leading|visiting|governing|consulting|supervising|commanding)$/;
const PARTICIPLE = /^\p{Ll}{2,}ing$/u;
const NOUN_BEFORE = /^\p{Ll}[\p{Ll}-]*$/u;
const NOT_A_NOUN = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|many|most|all|both|several|other|former|longtime|newly|now|still|also|and|or|but|\p{Ll}+ly)$/u;

/** Whether the words before a name end in a noun and a participle that takes the name as its object. */
export function isParticipleBeforeName(words: readonly string[]): boolean {
  const n = words.length;
  if (n < 2) return false;
  const verb = words[n - 1]!;
  const noun = words[n - 2]!;
  return PARTICIPLE.test(verb) && !TITLE_ING.test(verb) && NOUN_BEFORE.test(noun) && !NOT_A_NOUN.test(noun);
}
