// "Police found the missing boat inside the harbour", "the family found a small flat", "divers found
// thousands of coins": "find" with a plain noun phrase for its object is coming upon a thing, an act.
// The judgment readings keep a clause ("found that …", "found the fares were rigged"), a complement
// after the object ("found the area welcoming", "found it to be a deterrent": locating-find.ts leaves
// those too), a negated finding ("found no evidence", "found no fault with"), a way ("found a way
// to …", a means the holder settled on) or a voice ("found their voice on guns": began to speak out).
// PolNeAR train read this shape 7 times and marked 1 (the others extras and misattributions).

const FIND = /^(?:find|finds|found|finding)$/i;
/** A noun phrase opening at once: an article, a possessive, a count. (Not "no …", a negated finding.) */
const NOUN_PHRASE = /^\s+(?:a|an|the|his|her|their|its|our|my|your|several|thousands|hundreds|dozens|\d[\d,.]*)\s+\S/i;
/** "a way to", "new ways of": a means found is the holder's choice; "found their voice on": began to speak out. */
const WAY = /^\s+(?:\S+\s+){0,3}?(?:ways?|voices?)\b/i;
/** Words that make a clause or a complement of what follows: an auxiliary, "that", "to be", "if". */
const CLAUSE_WORD = /\b(?:is|was|are|were|will|would|could|should|can|may|might|must|has|have|had|does|did|do|be|been|being|that|if|whether|because|to)\b|n['\u2019]t\b/i;
/** Where the object's own clause ends: a semicolon, a dash, or a comma before a clause of its own. */
// (", some of which …": a relative clause on the object's part.)
const CLAUSE_END = /[;:\u2014\u2013]|\s-\s|,\s+(?:(?:some|many|most|all|none|one|each)\s+of\s+)?(?:and|but|which|whom|who|while|as|after|before|when|saying|adding)\b/;
/** "found the area welcoming", "found the plan too costly": an -ing or adjective complement right after
 * a one-word object (not "a furnished apartment": the words before the noun are its own). */
const COMPLEMENT = /^\s+(?:the|a|an|his|her|their|its|our|my|your)\s+\p{Ll}+\s+(?:\p{Ll}+ing|(?:so|too|very|quite|rather|more|less|most|least)\s+\p{Ll}+|\p{Ll}+(?:ful|ous|ive|ble|ic))\s*(?:[,.;:!?]|$)/u;

/** True when the cue is "find" and what follows (its end to the sentence's end) is a plain thing found. */
export function isFoundThing(cue: string | null, afterCue: string): boolean {
  if (cue === null || !FIND.test(cue.trim()) || !NOUN_PHRASE.test(afterCue) || WAY.test(afterCue)) return false;
  const own = afterCue.slice(0, CLAUSE_END.exec(afterCue)?.index ?? afterCue.length);
  return !CLAUSE_WORD.test(own) && !COMPLEMENT.test(own);
}
