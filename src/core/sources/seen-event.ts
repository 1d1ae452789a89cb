// "See" in the sense of witnessing or undergoing an event, not of holding a view: its object is
// followed by a verb of its own, a small clause ("the coalition saw its numbers fall to a low",
// "a neighbour saw him struggling in the water", "Ruiz has seen her lead evaporate"). Such a subject
// holds no belief and says nothing, so it is no source. The view sense takes "as" ("sees the deal
// as a win", "saw her choice to leave as a sign") or a clause ("saw that …", "saw Berg could win"):
// either keeps it a position.
// PolNeAR train marks 1 of the 8 readings this drops ("seen their jobless rate fall"); the other 7
// matched none of its attributions or went to a wrong speaker. The view sense with "as" it marks.

/** Where the object's clause ends. */
const CLAUSE_END = /[,;:.!?\u2014\u2013\uE000"\u201c\u201d]|\s-\s/;
const SEE = /^(?:see|sees|saw|seen|seeing)$/i;
/** An object pronoun, the whole object ("saw him struggling"). ("her" is read as a determiner too.) */
const PRONOUN = /^(?:him|her|them|us|me|you|it|himself|herself|themselves|itself)$/i;
/** What opens a noun phrase whose head comes later ("its numbers", "the exit poll"). */
const DETERMINER = /^(?:his|her|its|their|our|my|your|the|a|an|this|that|these|those)$/i;
/** A capitalised word of a name ("Mr.", "Ada", "Penny"), or "and" between two names. */
const NAME_WORD = /^\p{Lu}[\p{L}.'\u2019-]*$/u;
/** Words that end the search with no small clause: the view's "as", a relative, "of"/"for" inside the
 * noun phrase, an auxiliary or a modal (a finite clause: a view, "saw Berg could win"). */
const STOP = /^(?:as|that|which|who|whom|whose|what|how|why|whether|if|of|for|is|was|are|were|be|been|will|would|could|can|should|may|might|must|has|have|had|do|does|did|not|no)$/i;
/** A preposition inside the object ("a rise in his standing"): what follows it is no verb of the object's. */
const PREPOSITION = /^(?:in|on|at|to|from|into|by|with|without|over|under|about|against|during|through|between|among|across|within|after|before|since|around|behind|near)$/i;
/** Words that never head a verb: adverbs of place and time, degree words, prepositions. */
const NOT_A_VERB = /^(?:there|here|now|then|again|today|yesterday|tomorrow|last|next|first|once|twice|before|after|ago|too|also|only|just|even|still|yet|already|so|very|much|well|up|down|out|off|back|away|together|alone|more|most|less|least|almost|enough|ahead|instead|and|or|but|nor|in|on|at|to|from|into|by|with|without|since|until|over|under|through|about|against|during|including|following|regarding|concerning|according|nothing|something|anything|everything|one)$/i;
/** What must follow a bare verb of the small clause: a particle or a preposition of direction, a
 * determiner or a number (its object), a clause of time or an adverb ("fall to", "gain 7.5%",
 * "become the", "decline while", "collapse quickly"). (Not the clause's end nor "and": "sees the
 * harbour plan", "saw the poll and …" end on a noun.) */
const AFTER_VERB = /^(?:to|from|into|by|since|until|through|toward|towards|over|back|up|down|out|off|away|again|a|an|the|some|any|all|his|her|its|their|our|my|your|this|that|these|those|last|next|every|each|more|less|while|when|after|before|because|\d[\d,.]*%?|\p{Ll}+ly)$/iu;

const words = (s: string): string[] => s.replace(/\([^)]*\)/g, ' ').split(/\s+/).filter(Boolean);

/** A word that may be the small clause's verb: an "-ing" form, or a bare form followed as a verb is. */
function isVerbAt(list: readonly string[], i: number): boolean {
  const word = list[i];
  if (word === undefined || !/^\p{Ll}{3,}$/u.test(word) || NOT_A_VERB.test(word) || STOP.test(word)) return false;
  if (/ing$/.test(word)) return true;
  if (/(?:[^s]s|ed)$/.test(word)) return false;
  const next = list[i + 1];
  if (next !== undefined && /^as$/i.test(next)) return asOpensClause(list, i + 1);
  return next !== undefined && AFTER_VERB.test(next);
}

/** Verbs of a finite clause: "as rivals gained", "as the count was halted". */
const FINITE = /^(?:\p{Ll}{3,}ed|is|was|are|were|has|had|rose|fell|grew|won|lost|took|came|went|made)$/u;

/**
 * "decline as rivals gained": "as" opens a clause of time when a finite verb follows its subject;
 * "the deal as a win", "the plan as driven by fear" are the view's complement (a participle right
 * after "as" describes the object).
 */
function asOpensClause(list: readonly string[], as: number): boolean {
  for (let j = as + 2; j < list.length; j++) {
    if (/^(?:that|who|which|whom)$/i.test(list[j]!)) return false;
    if (FINITE.test(list[j]!)) return true;
  }
  return false;
}

/**
 * True when the cue is a form of "see" and `rest` (the words after it) is an object with a verb of
 * its own, and no "as" complement before that verb.
 */
export function isSeenEvent(cue: string | null, rest: string): boolean {
  if (!cue || !SEE.test(cue.trim())) return false;
  const end = CLAUSE_END.exec(rest)?.index ?? rest.length;
  const list = words(rest.slice(0, end));
  const first = list[0];
  if (first === undefined) return false;
  // Where the object's head may end: after a pronoun at once, after a determiner one word later,
  // after a name at its last capitalised word.
  let from: number;
  if (PRONOUN.test(first) && list[1] !== undefined) {
    const verb = isVerbAt(list, 1) ? 1 : /^\p{Ll}+ly$/u.test(list[1]) && isVerbAt(list, 2) ? 2 : -1;
    if (verb > 0) return noViewAfter(list, verb);
  }
  if (DETERMINER.test(first)) from = 2;
  else if (NAME_WORD.test(first)) {
    from = 1;
    while (from < list.length && (NAME_WORD.test(list[from]!) || (/^and$/i.test(list[from]!) && NAME_WORD.test(list[from + 1] ?? '')))) from++;
    if (/^\p{Ll}+ly$/u.test(list[from] ?? '')) from++;
  } else return false;
  for (let i = from; i < list.length && i < 7; i++) {
    const word = list[i]!;
    if (STOP.test(word) || PREPOSITION.test(word)) return false;
    // (The noun after a possessive is the object's head: "see the media's point".)
    if (/['\u2019]s$/.test(list[i - 1] ?? '')) continue;
    if (isVerbAt(list, i)) return noViewAfter(list, i);
  }
  return false;
}

/** No "as" of the view sense past the verb found ("saw her choice to leave as a sign"); right after
 * it, "as" opens a clause of time ("saw its support decline as rivals gained"). */
function noViewAfter(list: readonly string[], verb: number): boolean {
  return !list.slice(verb + 2).some((w) => /^as$/i.test(w));
}
