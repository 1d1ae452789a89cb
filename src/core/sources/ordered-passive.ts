// "Residents urged to avoid flood risks", "Drivers told to stay home", "Staff ordered to return to
// the office": a verb that tells someone to act takes that someone as its object before "to"
// ("the mayor urged residents to …"). With no object between the participle and its infinitive the
// verb is a passive with its "be" left out, as headlines and captions write it: the phrase before
// it names who was told, not who told them, and what follows is an order, no statement of theirs.
// ("Asked", "begged" and "promised" are left out: "she asked to speak", "he begged to differ" are
// active, their infinitive the subject's own act.)

/** Participles of verbs that take an object before their infinitive and never go without one in the active. */
const ORDERING = /^(?:urged|told|ordered|advised|instructed|encouraged|warned|reminded|directed|forced|compelled|summoned)$/i;
/** "to" and a verb's first word: not a determiner or a pronoun ("told to reporters" names who was told). */
const INFINITIVE = /^\s+(?:not\s+)?to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|us|me|you|it|all|every|each|some|any)\b)\p{Ll}/u;

/** True when the cue is a participle of ordering with its infinitive right after it (`afterCue`). */
export function isOrderedPassive(cue: string | null, afterCue: string): boolean {
  return cue !== null && ORDERING.test(cue.trim()) && INFINITIVE.test(afterCue);
}
