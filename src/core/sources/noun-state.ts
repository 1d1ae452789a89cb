// "his home state of Vermont", "most state parties release …", "state officials", "its run-down
// state, typical of …": "state" is far more often the noun than the verb, and the noun reports
// nothing. The verb takes a clause, an object with its determiner or a quotation ("they state
// that …", "they state their goal is …", "the rules state plainly …"); a bare noun or adjective,
// "of" or "like" right after it makes it the noun.

const STATE = /^state$/i;
/** How the verb's complement opens: a clause word, a determiner, a pronoun, an adverb or a quote. */
const VERB_COMPLEMENT = /^\s*(?:(?:that|the|a|an|his|her|their|its|our|my|your|this|these|those|some|no|it|he|she|they|we|i|you|what|how|why|whether|when|where|which|who|in|on|for|to|as|at|only|again)(?![\p{L}\p{N}'\u2019-])|\p{Ll}+ly(?![\p{L}])|\p{Lu}|\d|["“'‘:])/u;

/** True when the cue is "state" and what follows reads as a noun's company, not a verb's complement. */
export function isNounState(cue: string | null, afterCue: string): boolean {
  if (!cue || !STATE.test(cue.trim())) return false;
  return afterCue.trim() !== '' && !VERB_COMPLEMENT.test(afterCue);
}
