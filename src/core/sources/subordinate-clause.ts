// "When the family moved back to Ohio, the mother refused …", "Because local unions pushed for a
// raise, the mayor pressured them …": a segment that opens with a subordinator and goes on past its
// subject to a verb of its own is a whole clause. The description after its comma is the main
// clause's subject, not an apposition of the subordinate clause's subject ("family", "unions").
// ("… while Rob Ruiz, the former minister, opined": a subordinator with a name alone before the comma
// still opens a subject that the description describes; `subordinate-name.ts` reads that one.)

import type { Span } from '../types';

/** A subordinator (after an optional "and"/"but") opening the segment. */
const SUBORDINATE_OPENING = /^\s*(?:(?:and|but)\s+)?(?:when|whenever|while|because|although|though|once|if|unless|whereas|as|after|before|since|until)\s+/i;
/** What follows the subject in a clause: a lower-case word (its verb, or an auxiliary or adverb before it). */
const WORDS_AFTER_SUBJECT = /^['\u2019]?\s+\p{Ll}/u;
/** A past form ("pressed", "carried", "agreed") after a word of the subject, and a word after it. */
const PAST_VERB_WITH_OBJECT = /[\p{L}.'\u2019-]\s+\p{Ll}{2,}(?:ied|[^e\s]ed|eed)\s+\S/u;

/**
 * Whether `seg` is a subordinate clause of its own: it opens with a subordinator and, after its
 * subject (ending at `subjectEnd`), has lower-case words before the segment ends.
 */
export function isSubordinateClause(masked: string, seg: Span, subjectEnd: number): boolean {
  const text = masked.slice(seg.start, seg.end);
  if (!SUBORDINATE_OPENING.test(text)) return false;
  // ("When the head of the bank pressed Lund to resign, the premier said": the reader took the verb
  // and its object into the "of" phrase; a past form with words after it still makes a clause.)
  if (subjectEnd >= seg.end) return PAST_VERB_WITH_OBJECT.test(text);
  if (subjectEnd < seg.start) return false;
  return WORDS_AFTER_SUBJECT.test(masked.slice(subjectEnd, seg.end));
}
