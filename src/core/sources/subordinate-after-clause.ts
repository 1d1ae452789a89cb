// "A bill faced dim odds of becoming law after the governor suggested …": the words before the cue
// are a clause (a noun, its verb, the verb's object), and after the object a subordinator opens a
// clause of its own, whose subject is the one that suggested. Read as "a noun's own phrase" (as in
// "The study tested three labels …", verb-in-description.ts), the phrase gave the cue to "A bill";
// with a subordinator after the verb the description is no subject of the cue, and the callers
// read on from the subordinate clause.

/** Subordinators that open a clause of time, reason or contrast inside a sentence. */
const SUBORDINATOR = /^(?:after|before|when|whenever|while|because|although|though|whereas|until|unless|once|since)$/i;

/** Whether any of the words after a clause's verb opens a subordinate clause (the cue is that clause's). */
export function subordinateAfterVerb(wordsAfterVerb: readonly string[]): boolean {
  // (Not its last word: "… faced odds after" has no clause after the subordinator to read.)
  return wordsAfterVerb.slice(0, -1).some((w) => SUBORDINATOR.test(w));
}
