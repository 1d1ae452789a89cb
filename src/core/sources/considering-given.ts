// "… a fair transition, considering the cost to poorer countries": "considering" set off by a comma
// before a noun phrase is the preposition "given", a reason the writer adds, not the subject's
// deliberation ("the council is considering a ban", "Ruiz is considering a run" stay).

const AFTER_COMMA = /,\s*$/;
/** What follows the preposition: a noun phrase, not a gerund or a question ("considering whether to run"). */
const NOUN_PHRASE_AFTER = /^\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|how|what|\d)\b/i;

/** True when the cue "considering" at the end of `lead`, with `after` following, means "given". */
export function isConsideringGiven(cueWord: string, lead: string, after: string): boolean {
  return cueWord === 'considering' && AFTER_COMMA.test(lead) && NOUN_PHRASE_AFTER.test(after);
}
