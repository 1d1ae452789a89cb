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

// What comes before tells the two apart as well: the verb follows its subject or an auxiliary
// ("they state", "the rules clearly state", "will state", "to state"); the noun follows "of", a
// determiner, a place or a modifier ("secretary of state Ann Roe", "the state Senate", "former Ohio
// state Sen. Ann Roe", "the battleground state"). The quotation readers take a cue whatever follows
// it, so this is read where cues are found.
/** A word before "state" that makes it the verb: a subject pronoun, "to", an auxiliary or an adverb. */
const VERB_BEFORE = /^(?:they|we|i|you|who|to|will|would|can|could|should|must|may|might|shall|did|do|does|not|also|often|then|\p{Ll}+ly)$/u;
/** Lower-case words in -s that are no plural subject: possessives, determiners, prepositions, verbs. */
const S_NOT_PLURAL = /^(?:its|his|this|hers|ours|yours|theirs|across|as|is|was|has|us|less|plus|various|numerous|previous|famous|whereas)$/;
const WORD_BEFORE = /(\S+)\s+$/u;

/** True when the word "state" at `start` is the noun by the word before it ("of state", "Ohio state"). */
export function isNounStateByPrevious(masked: string, word: string, start: number): boolean {
  if (word !== 'state') return false;
  const previous = WORD_BEFORE.exec(masked.slice(Math.max(0, start - 40), start))?.[1];
  if (!previous || /[,;:.!?)\u2014\u2013]$/.test(previous)) return false;
  if (VERB_BEFORE.test(previous.toLowerCase())) return false;
  // ("reports state", "the rules state": a plural noun is the verb's subject.)
  if (/^\p{Ll}[\p{Ll}-]*s$/u.test(previous) && !S_NOT_PLURAL.test(previous)) return false;
  return true;
}
