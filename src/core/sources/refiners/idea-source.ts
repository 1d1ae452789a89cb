// An idea is no source: "According to this theory, the first follower …", "The spectral theorem says
// that …", "by that logic, …". A theory, a theorem or a principle states what follows from it, not
// what anyone said or holds; the sheet's sources are the people, bodies and documents that speak. (A
// named theory's author, "Keynes argued", is the source; the idea itself never is.) Lower-case
// phrases headed by such a word only: "Theory Group" or "Principle Capital" are names.

const IDEA_HEAD = /^(?:theory|theories|theorem|theorems|hypothesis|hypotheses|logic|principle|principles|definition|axiom|conjecture)$/;
const MAX_WORDS = 4;
const DETERMINER = /^(?:The|This|That|These|Those|A|An|Its|Their|His|Her)\s+/;

/** Whether a speaker phrase is an idea: lower case throughout its first words, ending on an idea's noun. */
export function isIdea(phrase: string): boolean {
  // (A determiner opening the sentence is capitalised: "The spectral theorem says".)
  const words = phrase.trim().replace(DETERMINER, '').split(/\s+/);
  if (words.length > MAX_WORDS || words.some((w) => !/^\p{Ll}/u.test(w))) return false;
  return IDEA_HEAD.test(words[words.length - 1]!.replace(/['\u2019]s?$/, ''));
}
