// "Police continue to search the debris after a blaze that consumed …": "continue" before an
// infinitive only goes on doing what that verb says; it reports nothing unless that verb is itself
// one of saying ("continued to insist that …", read as that verb's statement) or governs a clause
// of its own ("have continued to express some optimism that a relief bill could pass": the stance
// the clause holds). Read as a cue, the words after a relative "that" further on ("a blaze that
// consumed …") became a statement. "“…,” she continued" and "continued: “…”" stay verbs of saying.

import { CUE_WORDS } from './lexicon';

const CONTINUE = /^continu(?:e|es|ed|ing)$/i;
/** The infinitive right after the cue: "to search", "to push for …". */
const INFINITIVE = /^\s+to\s+(\p{Ll}+)/u;
/** A "that" opening a clause with its own subject ("optimism that a bill could …"), not a relative ("a blaze that consumed"). */
const THAT_CLAUSE = /\sthat\s+(?:the|a|an|this|these|those|his|her|their|its|our|he|she|they|it|we|i|you|there|no|some|many|most|all|any|\p{Lu}|\d)/u;

/** True when the cue is "continue" with an infinitive whose verb is no cue of its own and governs no clause. */
export function isContinuedAct(cue: string | null, afterCue: string): boolean {
  if (!cue || !CONTINUE.test(cue.trim())) return false;
  const verb = INFINITIVE.exec(afterCue);
  return !!verb && !CUE_WORDS.has(verb[1]!) && !THAT_CLAUSE.test(afterCue);
}
