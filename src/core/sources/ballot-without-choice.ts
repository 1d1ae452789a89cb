// "voters cast ballots in California on Tuesday", "about 46% of eligible voters cast ballots in the
// primary": casting a ballot is the act of voting; it holds a position only with the choice it
// makes ("cast their votes for other candidates", "cast a ballot against the levy"). Without one the
// reading says that a vote took place, not what anyone favours. ("cast" as "portray", "cast himself
// as an outsider", has no ballot for its object and is not touched.)

/** The cue forms of "cast". */
const CAST = /^cast(?:s|ing)?$/i;
/** A word of the object before its noun: "their", "66", "delegate"; not a preposition ("cast doubt on the votes"). */
const MODIFIER = String.raw`(?!(?:on|in|at|upon|over|about|into|onto|of|off|out|away|down|aside)\b)[\p{L}\d,'\u2019-]+\s+`;
/** A ballot or a vote as the object: "ballots", "their votes", "66 delegate votes". */
const BALLOT_OBJECT = new RegExp(String.raw`^\s*(?:${MODIFIER}){0,3}?(?:ballots?|votes?)\b`, 'iu');
/** The choice after the ballot: "for X", "against X", "to X", "in favor of X". */
const CHOICE = new RegExp(String.raw`^\s*(?:${MODIFIER}){0,3}?(?:ballots?|votes?)\s+(?:[\p{L}\d,'\u2019-]+\s+){0,3}?(?:for|against|to|in\s+favou?r\s+of)\b`, 'iu');

/** True when the cue is "cast" with a ballot or vote as its object and no choice named. */
export function isBallotWithoutChoice(cue: string | null, afterCue: string): boolean {
  if (cue === null || !CAST.test(cue)) return false;
  const head = afterCue.slice(0, 120);
  return BALLOT_OBJECT.test(head) && !CHOICE.test(head);
}
