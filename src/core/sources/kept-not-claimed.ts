// "Clinton maintains a wide lead", "the firm maintained close ties with the port": with a noun phrase
// for its object, "maintain" is to keep something going, not to claim it. It claims only with a
// clause, "maintained that the fees were legal", "maintains she complied", and that reading stays.

import { CLAUSE_MARK } from './scan';

const MAINTAIN = /^maintain(?:s|ed|ing)?$/i;
/** A clause that opens with a subject pronoun ("maintained they were unmarked"). */
const SUBJECT_PRONOUN = /^(?:he|she|they|it|we|i|you|there)\b/i;

/** True when the cue is "maintain" and the content after it is only a noun phrase, the thing kept. */
export function isKeptNotClaimed(cue: string | null, content: string): boolean {
  if (!cue || !MAINTAIN.test(cue.trim())) return false;
  const text = content.trim();
  return !SUBJECT_PRONOUN.test(text) && !CLAUSE_MARK.test(text);
}
