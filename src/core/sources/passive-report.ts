// A verb of saying in the passive, raising its clause's subject: "The tanker was reported to be
// empty", "Vik is said to have been ill", "the ministers were reported to be furious". Someone
// unnamed reported or said it; the subject is what the report is about, not who made it, so the
// phrase before "was" is no speaker. (The active "Vik reported to the board that …" has no "be"
// before it, and "was told to leave" is an order given to the subject, no report of its.)

/** A form of "be", with at most one adverb after it ("was also", "is widely", "were later"), right before the cue. */
const BE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+|also\s+|later\s+|now\s+|still\s+)?$/u;
/** The participles of saying that raise a subject: "reported to", "said to", "rumoured to". */
const RAISING_PARTICIPLE = /^(?:reported|said|rumou?red|alleged|understood|known|believed|thought|told)$/i;

/** True when the cue at `cueStart` is a passive participle of saying with an infinitive of a state after it. */
export function isPassiveReport(text: string, cue: string | null, cueStart: number, afterCue: string): boolean {
  if (!cue || cueStart < 0 || !RAISING_PARTICIPLE.test(cue.trim())) return false;
  // (Only a state: "to have called the plan a scam", "to be urging a delay" still tell what the
  // subject said, as the report has it.)
  if (!/^\s*to\s+(?:be|have\s+been)\s+(?!\p{Ll}+ing\b)\p{Ll}/u.test(afterCue)) return false;
  return BE_BEFORE.test(text.slice(Math.max(0, cueStart - 30), cueStart));
}
