// "Hale, who Beck on Monday called a disgrace", "the bill, which Ruiz opposed": a relative pronoun
// with a subject of its own before the verb opens an object relative clause. The pronoun stands for
// the verb's object; the clause's subject holds the position, and the name before the comma is only
// what the position is about. (With nothing between them, "Hale, who called …", the pronoun is the
// subject and the name before it holds the position: that reading is left to the caller.)

import type { Span } from '../types';
import type { Subject } from './clause';
import { readSpeaker } from './speaker-phrase';
import { DAY_OR_MONTH } from './time-names';

/** The relative pronoun opening the segment, with the space after it. */
const RELATIVE_OPENING = /^\s*(?:who|whom|which)\s+(?=\S)/i;
/**
 * What opens a subject: a capitalised word, a determiner or possessive, a quantifier, a personal
 * pronoun. (Not a bare lower-case word: "which included staff members", "which helps explain why …"
 * open with the relative clause's own verb, the pronoun being its subject.)
 */
const SUBJECT_OPENER = /^(?:\p{Lu}|(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|many|most|few|several|both|all|each|he|she|they|we|i|you)\s)/u;
/** A day or month read as a name is a time, not a subject: "who Tuesday called", "which in May backed". */
const TIME_NAME = new RegExp(`^${DAY_OR_MONTH}\\b`);

/**
 * The subject of an object relative clause that runs from the segment `seg` to its verb: the phrase
 * after the segment's opening relative pronoun, when it names someone (a name, a description of a
 * person or a body, a personal pronoun); null otherwise.
 */
export function objectRelativeSubject(masked: string, seg: Span): Subject | null {
  const opening = RELATIVE_OPENING.exec(masked.slice(seg.start, seg.end));
  if (!opening) return null;
  const start = seg.start + opening[0].length;
  let end = seg.end;
  while (end > start && /\s/.test(masked[end - 1]!)) end--;
  if (end <= start || !SUBJECT_OPENER.test(masked.slice(start, end) + ' ')) return null;
  const speaker = readSpeaker(masked, start, end);
  if (!speaker || speaker.kind === 'other' || TIME_NAME.test(speaker.text)) return null;
  // (The phrase must be the clause's whole subject: "who in 2008 backed" reads no subject.)
  if (speaker.start !== start) return null;
  return { speaker, phraseStart: start };
}
