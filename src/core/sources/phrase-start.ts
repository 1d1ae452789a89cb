// Where a noun phrase that ends a stretch of text starts, read back from its end without a tagger:
// "a claim" in "…repeated a claim", "several firms" in "one of several firms", "candidates" in
// "crowded with candidates". The readers of reduced passives and of relative clauses without a
// relative word ("something she opposed") need the noun phrase that the clause hangs on.

/** A noun phrase with no comma after it opens at its determiner, or after a word that is no part of it. */
const DETERMINER = /^(?:a|an|the|this|these|those|his|her|its|their|our|my|your|some|many|several|most|other|all)$/i;
const NOT_IN_PHRASE = /^(?:of|in|on|at|to|for|with|from|by|as|into|about|over|under|against|among|between|and|or|but|nor|than|that|which|who|is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|should|may|might|must|not|\p{Ll}+ed|\p{Ll}+(?<!th)ing)$/u;
/** Adverbs are no noun phrase: "then denounced by", "still excoriated by". */
const ADVERB = /^(?:then|still|never|well|more|most|also|however|even|now|again|\p{Ll}+ly)$/u;

/**
 * Where the noun phrase that ends the lead starts: "the alternative reality", "several firms",
 * "crowded with candidates" → "candidates". At most four words; -1 when there is no word.
 */
export function phraseStart(lead: string): number {
  const words = [...lead.replace(/,\s*$/, '').matchAll(/[^\s]+/g)];
  if (words.length && ADVERB.test(words[words.length - 1]![0])) return -1;
  let start = -1;
  for (let i = words.length - 1; i >= Math.max(0, words.length - 4); i--) {
    const w = words[i]![0];
    if (/[,;:.!?\uE000)(\u2014\u2013]/.test(w.slice(-1)) && i !== words.length - 1) break;
    if (/[,;:!?\uE000(\u2014\u2013]/.test(w)) break;
    if (DETERMINER.test(w)) return words[i]!.index!;
    if (NOT_IN_PHRASE.test(w)) break;
    start = words[i]!.index!;
  }
  return start;
}
