// "… listened while Rob Ruiz, the former minister, opined on …", "The suit was among those where
// Ana Vale, a labor lawyer, sought to …": the name that a description between commas describes may
// close a segment that opens a main clause before it. The subordinator ("while", "where") starts the
// clause whose subject the name is; the words before it are another clause, no part of the name.

import type { Span } from '../types';
import { DAY_OR_MONTH } from './time-names';
import { NAME_WORD_START } from './name-word';

/**
 * A time read as a name: "put off the vote until September, its chair said", where "until" governs
 * a noun as a preposition does; no subject.
 */
const TIME_NAME = new RegExp(`^(?:${DAY_OR_MONTH}|Christmas|Easter|Thanksgiving)\\b`);
/** A subordinator, then a name alone (a title, then one to five capitalised words) up to the segment's end. */
const SUBORDINATE_NAME = new RegExp(String.raw`(?:^|\s)(?:where|when|while|whereas|because|although|though|after|before|since|once|until|as|if|that)\s+((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Rev)\.\s+)?${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){0,4})\s*$`, 'u');

/**
 * The span of the name after the segment's last subordinator, when the segment ends in that name
 * and has words before the subordinator; null otherwise (the segment is read whole).
 */
export function subordinateName(masked: string, seg: Span): Span | null {
  const slice = masked.slice(seg.start, seg.end);
  const m = SUBORDINATE_NAME.exec(slice);
  if (!m || !/\S/.test(slice.slice(0, m.index)) || TIME_NAME.test(m[1]!)) return null;
  const end = seg.start + m.index + m[0].trimEnd().length;
  return { start: end - m[1]!.length, end };
}
