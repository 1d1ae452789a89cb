// "A poll released Sunday is a record low", "the messages published on Friday were redacted", "the
// merger announced Monday would move the firm abroad": a participle with only a day or a time after
// it, then a finite verb, modifies the noun before it; that finite verb is the main clause's, and
// the noun, not a speaker, is its subject. Verbs of saying and thinking keep their reading ("she
// noted Saturday was his birthday": their object may be a clause that opens with a day).

import { SAYING_OR_THINKING } from './relative-in-subject';

const PARTICIPLE = /^\p{Ll}+ed$/u;
/** A day or a time phrase: "Sunday", "on Tuesday", "last week", "earlier this month", "on March 3". */
const TIME = /^\s*(?:(?:on|late|early)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:earlier\s+)?(?:last|this)\s+(?:week|month|year|weekend|spring|summer|fall|autumn|winter)|yesterday|today|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{Ll}*\.?\s+\d{1,2})\s+/u;
/** The finite verb of the main clause. */
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|shows?|showed|finds?|found|gives?|gave|puts?|suggests?|suggested|indicates?|indicated)\b/;

/** True when the one-word -ed cue is followed by a time phrase and then a finite verb. */
export function isDatedParticiple(cue: string | null, afterCue: string): boolean {
  const verb = cue?.trim() ?? '';
  if (!PARTICIPLE.test(verb) || SAYING_OR_THINKING.test(verb)) return false;
  const m = TIME.exec(afterCue);
  return m !== null && FINITE.test(afterCue.slice(m[0].length));
}
