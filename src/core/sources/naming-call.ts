// "what he calls the Washington cartel", "Barack and Bibi, as they call each other, …", "the Act, as
// the bill is called, …": in a free relative or an "as" clause, "call" gives a name to something
// and reports nothing said about it; the name is the writer's report of a label, not a statement
// or a position. "Call for", "call on" and "call out", and "call" in a main clause ("she called the
// levy a scandal"), keep their reading.

const CALL = /^call(?:s|ed|ing)?$/i;
/** "what she ", "as they ", "as the bill is " right before the cue: up to three words after "what" or "as". */
const WHAT_OR_AS = /(?:^|[\s,(—–-])(?:what|as)\s+(?:[^\s,.;:]+\s+){0,3}$/i;
/** The particles of the other "call" cues. */
const CALL_FOR = /^(?:for|on|upon|out)\b/i;

/** True when the cue at `cueStart` is "call" in a naming clause ("what he calls …", "as they call it"). */
export function isNamingCall(text: string, cue: string | null, cueStart: number): boolean {
  if (!cue || !CALL.test(cue.trim())) return false;
  // (The particle may stand between the cue and its content: "as she called for [a recount]".)
  if (CALL_FOR.test(text.slice(cueStart + cue.length, cueStart + cue.length + 12).trimStart())) return false;
  return WHAT_OR_AS.test(text.slice(Math.max(0, cueStart - 40), cueStart));
}
