// "Trump added to his wins in Nevada", "the storm added to the drama", "Coachella added to the list of
// cities that …": "add to" with a noun phrase is an act, increasing something; it holds no statement.
// "He added that …", "she added, …" and a quotation after "adding" stay statements, and so does "added
// to reporters that …", where the "to" names the audience and a clause follows.

const ADD = /^add(?:s|ed|ing)?$/i;
const TO_NOUN_PHRASE = /^\s*to\s+(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those)\s/i;
const CLAUSE_AFTER_AUDIENCE = /^\s*to\s+(?:the\s+)?(?:reporters?|journalists?|audience|crowd|listeners|viewers|him|her|them|us|me)\b[^.;]{0,40}?\bthat\b/i;

/** True when `cue` is "add" and what follows it is "to" and a noun phrase: an act, not a statement. */
export function isAddingTo(cue: string | null, afterCue: string): boolean {
  if (!cue || !ADD.test(cue.trim())) return false;
  return TO_NOUN_PHRASE.test(afterCue) && !CLAUSE_AFTER_AUDIENCE.test(afterCue);
}
