// The one who asks a question in an interview ("“You'd rather stay?” Lund asked.") is no antecedent
// for the "he" or "she" who speaks next: the one asked answers ("“I would,” she said."). Like the
// asker of "Asked by a reporter whether …" (coreference.ts), such an asker is left out of the
// speakers a later pronoun may stand for; the asker's name still resolves as usual.

import type { Attribution } from '../model';

const ASKING = /^(?:asked|asks|wondered|wonders|queried|inquired|enquired)$/i;
/** The quotation ends on a question mark (a closing quote or bracket may follow it). */
const QUESTION_END = /\?[\s"'\u201d\u2019)\]]*$/;

/** A quotation that is only a question put to someone: its speaker asked, the next one answers. */
export function isQuestionPut(a: Attribution): boolean {
  return a.direct && a.cue !== null && ASKING.test(a.cue) && QUESTION_END.test(a.text);
}

/** Whether a position falls in the speaker phrase of a question put in quotation marks. */
export function askerNamedAt(attributions: readonly Attribution[]): (pos: number) => boolean {
  const spans = attributions.filter(isQuestionPut).flatMap((a) => (a.speaker ? [[a.speaker.start, a.speaker.end] as const] : []));
  return (pos) => spans.some(([start, end]) => start <= pos && pos < end);
}
