// "the party's message that emerges from the convention", "her claim which was rejected": after a
// noun of saying, "that" or "which" with a finite verb straight after it opens a relative clause
// about the noun, not the thing said. A content clause needs its own subject ("her claim that the
// vote was rigged"), and "that" as a demonstrative subject would be written "her claim that that
// was …". (After a verb the same shape is a content, "said that was a mistake", so only the noun
// readers are checked.)

/** The readers whose cue is a noun: "Ann's claim that …", "the senator's call for …". */
const NOUN_CUE_READERS = new Set([
  'sources/noun-cue', 'sources/possessive-stance', 'sources/stance-noun', 'sources/described-noun-cue',
]);

/** "that"/"which" between the noun and the content, and nothing else. */
const RELATIVE_WORD = /^\s{1,2}(?:that|which)\s{1,2}$/;

/**
 * A finite verb opening the content: an auxiliary or modal; a regular past with an object or
 * adjunct after it (not a noun in "-eed" or "-red" without "e": "need", "hatred", "hundred"); a
 * present "-s" verb with its object's determiner after it.
 */
const FINITE_VERB = /^(?:(?:is|are|was|were|has|have|had|does|did|will|would|can|could|may|might|must|should|shall)\s|(?!\p{Ll}*(?:eed|[^e]red)\s)\p{Ll}{3,}ed\s{1,2}(?:the|a|an|its|their|his|her|this|these|those|from|in|on|at|by|to|for|with|into|out|up|down|over|through|across|against|about)\s|\p{Ll}{3,}s\s{1,2}(?:the|a|an|its|their|his|her|this|these|those)\s)/u;

/**
 * An "-s" word before a preposition is a verb or a plural noun ("that emerges from …", "that
 * articles about the firm were false"); it is the verb when nothing after it can be one: no
 * auxiliary and no other "-s" (not "-ss") or "-ed" word. (So the sentence's own verb after the
 * relative clause, "… the message that emerges from the talks is plain", leaves it a content.)
 */
const S_WORD_BEFORE_PREPOSITION = /^\p{Ll}{3,}s\s{1,2}(?:from|in|on|at|by|to|for|with|into|out|up|down|over|through|across|against|about)\s/u;
const LATER_VERB = /\b(?:is|are|was|were|has|have|had|does|did|will|would|can|could|may|might|must|should|shall|\p{Ll}{2,}ed|\p{Ll}+[a-rt-z]s)\b/u;

/** Whether a noun cue's "content" is a relative clause on the noun. */
export function isRelativeAfterNoun(extractor: string, between: string, content: string): boolean {
  if (!NOUN_CUE_READERS.has(extractor) || !RELATIVE_WORD.test(between)) return false;
  if (FINITE_VERB.test(content)) return true;
  const verb = S_WORD_BEFORE_PREPOSITION.exec(content);
  return verb !== null && !LATER_VERB.test(content.slice(verb[0].length));
}
