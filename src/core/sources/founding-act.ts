// "Jerome founded a freight company in 1947", "a firm founded by two bankers", "she helped found the
// group": founding is an act, establishing something; it holds no statement and no position. Only
// the forms that cannot be "find" count: "founded", "co-founded", and the bare "found" after "help"
// or "to" ("helped found", "to found"), where a past tense of "find" cannot stand.

const FOUNDED = /^(?:co-?)?founded$/i;
const FOUND = /^found$/i;
const BARE_INFINITIVE_BEFORE = /(?:\bhelp(?:s|ed|ing)?|\bto)\s+$/i;

/** True when the cue at `cueStart` is the verb "found", to establish. */
export function isFoundingAct(text: string, cue: string | null, cueStart: number): boolean {
  if (!cue) return false;
  const word = cue.trim();
  if (FOUNDED.test(word)) return true;
  return FOUND.test(word) && BARE_INFINITIVE_BEFORE.test(text.slice(Math.max(0, cueStart - 12), cueStart));
}
