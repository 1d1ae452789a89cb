// "Agents found them during the search", "he found it somewhere else", "she found it right before the
// flight": "find" with a pronoun for its object and then a place or a time is locating something,
// an act; the judgment reading puts a description after the object ("found it difficult", "found
// them reluctant", "found it to be a deterrent") or a clause ("found that …"), and those stay.

const FIND = /^(?:find|finds|found|finding)$/i;
/** An object pronoun, then an adverbial of place or time that opens at once. */
const LOCATED = /^\s*(?:it|them|him|her)\s+(?:somewhere|anywhere|everywhere|nowhere|during|right\s+(?:before|after|there|here)|just\s+(?:before|after)|shortly\s+(?:before|after)|near|behind|inside|underneath|under|beneath|among|hidden)\b/i;

/** True when the cue is "find" and what follows is a pronoun object with where or when it was found. */
export function isLocatingFind(cue: string | null, afterCue: string): boolean {
  return cue !== null && FIND.test(cue.trim()) && LOCATED.test(afterCue);
}
