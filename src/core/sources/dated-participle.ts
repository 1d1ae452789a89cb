// "A poll released Sunday is a record low", "the messages published on Friday were redacted", "the
// merger announced Monday would move the firm abroad": a participle with only a day or a time after
// it, then a finite verb, modifies the noun before it; that finite verb is the main clause's, and
// the noun, not a speaker, is its subject. Verbs of saying and thinking keep their reading ("she
// noted Saturday was his birthday": their object may be a clause that opens with a day).

import { SAYING_OR_THINKING } from './relative-in-subject';
import { TIME_PHRASE } from './time-phrase';

const PARTICIPLE = /^\p{Ll}+ed$/u;
/** A day or a time phrase, then the next word. */
const TIME = new RegExp(String.raw`^\s*${TIME_PHRASE}\s+`, 'u');
/** The finite verb of the main clause. */
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|shows?|showed|finds?|found|gives?|gave|puts?|suggests?|suggested|indicates?|indicated)\b/;

/** True when the one-word -ed cue is followed by a time phrase and then a finite verb. */
export function isDatedParticiple(cue: string | null, afterCue: string): boolean {
  const verb = cue?.trim() ?? '';
  if (!PARTICIPLE.test(verb) || SAYING_OR_THINKING.test(verb)) return false;
  const m = TIME.exec(afterCue);
  return m !== null && FINITE.test(afterCue.slice(m[0].length));
}
