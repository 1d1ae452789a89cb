// Whether the verb at a cue is one of a position the attitude readers know ("want", "criticized",
// "estimated", "agreed"), held by the subject of a subordinate clause: after "as", "when",
// "that", a described subject ("as the board agreed to …", "that the Democrats do not want …")
// holds that position as plainly as it would say something.
//
// Left out, because after a subordinator they describe more often than they take a position:
// - "-ing" forms, mostly progressives of a scene ("while the panel is discussing …");
// - "find" and "consider", a body weighing a matter ("while the appeals court considered the case");
// - "try", "attempt", "seek", an effort under way ("as the campaign attempts to change the subject"),
//   which the readers take as an act (attempt-object.ts), not a position;
// - a verb after a modal of hypothesis ("since the witness would assert his rights"): no position held.

import { ATTITUDE_WORDS } from './attitude-lexicon';

const FIRST_WORD = /^\p{L}+/u;
const NOT_HELD = /^(?:find|finds|found|consider|considers|considered|try|tries|tried|attempt|attempts|attempted|seek|seeks|sought)$/;
const HYPOTHETICAL_BEFORE = /\b(?:would|could|might|may|should)\s+(?:not\s+)?$/i;

/** Whether the word starting at `cue` in `masked` is a finite one-word attitude cue that a described subject can hold. */
export function isPositionCue(masked: string, cue: number): boolean {
  const word = FIRST_WORD.exec(masked.slice(cue, cue + 24))?.[0]?.toLowerCase();
  if (word === undefined || !ATTITUDE_WORDS.has(word) || /ing$/.test(word) || NOT_HELD.test(word)) return false;
  return !HYPOTHETICAL_BEFORE.test(masked.slice(Math.max(0, cue - 20), cue));
}
