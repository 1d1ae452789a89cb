// "the U.S. ranks very poorly compared to other high-income countries", "sales rose 4% compared with
// last year": "compared" with "to" or "with" straight after it has no object of its own. It is a
// preposition, or a passive ("was compared to a dictator"), and reports no comparison anyone made.
// The active verb names what is compared first: "Lund compared the levy to a toll".

const RIGHT_AFTER = /^\s*(?:to|with)\s/i;

/** True when the cue "compared" is followed straight away by "to" or "with". */
export function isComparisonPreposition(cue: string | null, afterCue: string): boolean {
  return cue !== null && /^compared$/i.test(cue.trim()) && RIGHT_AFTER.test(afterCue);
}
