// "Clinton maintains a wide lead", "the firm maintained close ties with the port": with a noun phrase
// for its object, "maintain" is to keep something going, not to claim it. It claims only with a
// clause, "maintained that the fees were legal", "maintains she complied", and that reading stays.
// The object is judged up to its first comma, dash or bracket: a content read on past it ("maintains
// a wide lead over Ruiz, and her rivals have …", "who has maintained a lead, was targeted by …")
// takes in the next clause's verb, not the object's own. A relative clause inside the object ("the
// enthusiasm of followers who were new to politics") is the noun's, not a clause that was claimed,
// and so is an aside in brackets ("will maintain the maps (the project page is here)").

import { CLAUSE_MARK } from './scan';

const MAINTAIN = /^maintain(?:s|ed|ing)?$/i;
/** A clause that opens with a subject pronoun ("maintained they were unmarked"). */
const SUBJECT_PRONOUN = /^(?:he|she|they|it|we|i|you|there)\b/i;
/** Where the object's own words end: a comma, a semicolon, a dash, a bracket. */
const OBJECT_END = /[,;(\u2014\u2013]|\s-\s/;
/** A relative pronoun and its verb inside the noun phrase ("followers who were new"). */
const RELATIVE_VERB = /\b(?:who|which|whom)\s+\S+/gi;

/** True when the cue is "maintain" and the content after it is only a noun phrase, the thing kept. */
export function isKeptNotClaimed(cue: string | null, content: string): boolean {
  if (!cue || !MAINTAIN.test(cue.trim())) return false;
  const text = content.trim();
  const end = OBJECT_END.exec(text);
  const object = (end ? text.slice(0, end.index) : text).replace(RELATIVE_VERB, '');
  return !SUBJECT_PRONOUN.test(text) && !CLAUSE_MARK.test(object);
}
