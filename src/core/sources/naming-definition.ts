// "The term Deep Tide refers to storms that …", "the loanword has been used to refer to settlers":
// what a word means, told by the writer. The word named is no holder and its meaning no position.
// Only "refer to" is read this way: a person "referring to" a remark still points at something.

/** A noun that names a word, then the word itself (one to four words), right before the cue: "the term Deep Tide". */
const NAMED_WORD_BEFORE = /\b(?:term|word|name|phrase|expression|acronym|abbreviation|label|loanword|nickname|coinage)\s+[\u201C"'\u2018]?(?:[\p{L}\p{N}.'\u2019-]+[\u201D"'\u2019]?\s+){1,4}$/iu;
/** "is used to refer to", "was coined to refer to": a word's use, passive. */
const USED_TO_BEFORE = /\b(?:used|coined|meant|adopted)\s+to\s+$/i;

/** True when the "refer to" cue defines a word; `before` is the text from the subject to the cue. */
export function isNamingDefinition(cueWord: string, before: string): boolean {
  if (!/^refer(?:s|red|ring)?\s+to$/.test(cueWord)) return false;
  return NAMED_WORD_BEFORE.test(before) || USED_TO_BEFORE.test(before);
}
