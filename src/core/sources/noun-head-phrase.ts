// "Harbour Board requests to the council were refused", "Tide Engine releases of a spring branch
// are supported for a year", "Bay Office details of its budget were published": a cue word
// in -s right after the name before it, then a prepositional phrase and the clause's own auxiliary,
// is a plural noun, the head of the subject the name modifies. Read as a verb, it made the name a
// speaker and "to the council were refused" what it held.
// A verb of saying with its adjunct goes on to a clause of its own, whose subject stands between
// the phrase and the auxiliary: "says in a statement the port is closed", "says of the plan it
// was rushed". So the phrase must be one noun phrase with its own prepositions: no second
// determiner that no preposition leads, no pronoun. Nor a relative or question word, a comma or a
// quotation ("warns of a storm that is coming"), nor "to" right before the auxiliary ("calls for
// the firm to have …"), nor past the end of the sentence.
// A cue that often governs a clause keeps its verb reading: its clause's subject may follow an
// adjunct with no determiner ("says at least 700 people have died", "warns by 2030 prices will …").
// Only the cue words that annotated news rarely gives a clause (or never as a cue) are read so.
// An owner's noun stays the owner's statement ("the candidates' estimates of the cost are …": the
// reader of nouns after a possessive reads it so), and a verb inside a clause that a question word
// opens stays a verb, the clause being the subject ("What Lund decides about the plan will …").

import { learnedCue } from './learned-cues';

/**
 * The preposition right after the cue word, and the rest of its sentence. "to" only before a
 * determiner: before a verb it is an infinitive's ("aims to heal the party is …" is no phrase).
 */
const PREPOSITION_FIRST = /^\s{1,2}(?:of|with|for|from|in|on|at|about|by|to(?=\s+(?:the|a|an|its|their|his|her|this|these|those|all|any)\s))\s+([^.!?\n]*)/i;
const AUXILIARY = /^(?:is|are|was|were|will|would|should|can|could|may|might|must|has|have|had|do|does|did)(?:n['\u2019]t)?$/i;
const PREPOSITION = /^(?:of|to|with|for|from|in|on|at|about|by|into|over|under|across|between|among|than)$/i;
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|my|your|this|these|those)$/i;
const PRONOUN_OR_CLAUSE_WORD = /^(?:he|she|it|they|we|i|you|there|that|which|who|whom|whose|what|how|why|when|where|whether|if|because|as)$/i;
/** A word of the phrase: no comma, colon, quotation or bracket inside or after it. */
const PLAIN_WORD = /^[^,;:"\u201c\u201d()]+$/;

/** Share of a learned cue's contents that are a clause, above which it is a verb of saying here. */
const CLAUSE_SHARE = 0.25;

/** Whether the cue, as annotated news uses it, governs a clause often enough to be a verb of saying. */
function takesClause(cue: string): boolean {
  const entry = learnedCue(cue);
  if (!entry) return false;
  const total = entry.np + entry.clause + entry.infinitive;
  return total > 0 && entry.clause / total >= CLAUSE_SHARE;
}

/** A cue word that may be a plural noun: one lower-case word in -s (not "-ss": "stress", "discuss"). */
const PLURAL_FORM = /^\p{Ll}+[^s]s$/u;

/** Whether `rest` (after the preposition) is a plain noun phrase of 1-10 words and then an auxiliary. */
function phraseThenAuxiliary(rest: string): boolean {
  const words = rest.split(/\s+/).slice(0, 12);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (AUXILIARY.test(word)) return i > 0 && !/^to$/i.test(words[i - 1]!);
    if (!PLAIN_WORD.test(word) || PRONOUN_OR_CLAUSE_WORD.test(word)) return false;
    if (i > 0 && DETERMINER.test(word) && !PREPOSITION.test(words[i - 1]!)) return false;
  }
  return false;
}

/** An owner's possessive in the speaker phrase ("the candidates' respective", "Lund's"). */
const POSSESSIVE = /\p{L}['\u2019](?:s\b|\s|$)/u;
/**
 * A question word or free relative a few words before the speaker's name, or opening its phrase
 * ("How boldly Northvale"): the clause it opens is a subject.
 */
const QUESTION_WORD = String.raw`(?:what|whatever|how|whether|why|when|where|who|whoever)`;
const QUESTION_WORD_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${QUESTION_WORD}\s+(?:\S+\s+){0,2}$`, 'iu');
const QUESTION_WORD_FIRST = new RegExp(String.raw`^${QUESTION_WORD}\s`, 'iu');

/**
 * Whether the cue, right after its speaker phrase (`speakerText`; `gapBefore` is what stands
 * between them, `beforeSpeaker` the words before it), is the plural noun that heads a subject, with
 * a prepositional phrase and the subject's auxiliary after it (`afterCue`).
 */
export function isNounHeadOfPhrase(
  cue: string | null, speakerText: string, gapBefore: string, beforeSpeaker: string, afterCue: string,
): boolean {
  if (!cue || !PLURAL_FORM.test(cue) || !/^\s{1,2}$/.test(gapBefore) || takesClause(cue)) return false;
  if (POSSESSIVE.test(speakerText) || QUESTION_WORD_FIRST.test(speakerText) || QUESTION_WORD_BEFORE.test(beforeSpeaker.slice(-40))) return false;
  const m = PREPOSITION_FIRST.exec(afterCue.slice(0, 160));
  return m !== null && phraseThenAuxiliary(m[1]!);
}
