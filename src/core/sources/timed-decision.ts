// "Voters who decided over the last week", "New Hampshire voters tend to decide late, …": "decide"
// with a time and nothing decided after it tells when a choice was made, not what was chosen or held.
// A complement after the time keeps the reading ("decided late Monday to mount a filibuster"). On
// PolNeAR train (round 22) our three readings of this shape were all unmarked.

const DECIDE = /^(?:decide|decides|decided|deciding)$/i;
/** "late", "early", or "over / in / during / within the last (few) weeks". */
const TIME = /^\s*(?:late|early|(?:over|in|during|within)\s+the\s+(?:last|past|final|closing)\s+(?:\p{Ll}+\s+){0,2}?(?:minutes?|hours?|days?|weeks?|months?|stretch))(?![\p{L}-])/u;
/** What may follow the time when no complement does: a clause break, a dash, a coordinator, a stop. */
const NO_COMPLEMENT = /^\s*(?:$|[,;.:)\u2014\u2013]|-\s|(?:and|but|or|since|because|while|as)\b)/u;

/** True when the cue is "decide" and what follows it is only a time: when a choice was made. */
export function isTimedDecision(cue: string | null, afterCue: string): boolean {
  if (!cue || !DECIDE.test(cue.trim())) return false;
  const time = TIME.exec(afterCue);
  return !!time && NO_COMPLEMENT.test(afterCue.slice(time[0].length));
}
