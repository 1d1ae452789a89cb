// "In late 2018, the same judge struck down another law. In his ruling, he noted …": the subject of
// a sentence before the pronoun, in its paragraph, may be a description rather than a name ("the
// judge", "the same judge", "the senator"). The person mentions behind pronoun resolution are names
// only, so without this the "he" skips the description and goes back to whoever was named last,
// often someone the paragraph has left. A sentence's subject is what the next "he" or "she" is
// about, whether it is named or described.
//
// The shape: a sentence of the pronoun's paragraph that opens (past a short fronted phrase and its
// comma) with "the", at most two lower-case words and the head noun, then a finite verb: an
// auxiliary, or a past form in -ed or an irregular one. Only the last such sentence before the
// pronoun counts; whom the description stands for is for the caller to resolve (a description with
// no one behind it is no antecedent).

import { IRREGULAR_PAST } from '../main-clause-subject';
import type { Scan } from '../scan';

export interface DescriptionSubject {
  start: number;
  end: number;
  /** The noun the description is headed by, lower case ("judge" of "the same judge"). */
  head: string;
  /** The words between "the" and the head ("same" of "the same judge"). */
  modifiers: string[];
}

/** A short phrase fronted before the subject, with its comma: "In late 2018,", "Later,", "On Friday,". */
const FRONTED = String.raw`(?:(?:but|and|yet|so)\s+)?(?:(?:in|on|at|during|after|before|since|last|earlier|later|meanwhile|then|\p{Ll}+ly)\b[^,;:.!?"\u201C\u201D]{0,40},\s+)?`;
const AUXILIARY = 'has|had|is|was|will|would|could|can|should|did|does|may|might|must';
/** A finite verb after the description: an auxiliary, a past form in -ed, or an irregular past. */
const FINITE = String.raw`(?:${AUXILIARY}|${IRREGULAR_PAST}|\p{Ll}+[^e\s]ed|\p{Ll}+eed)`;
/** "the", at most two lower-case words, the head noun (no finite verb: "the worker had told" is headed by "worker"). */
const DESCRIPTION = String.raw`(the\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2})(?!${FINITE}\s)(\p{Ll}+))`;
const SUBJECT = new RegExp(String.raw`^(${FRONTED})${DESCRIPTION}\s+(?:\p{Ll}+ly\s+|also\s+|then\s+)?${FINITE}(?![\p{L}'\u2019-])`, 'u');
const OPENING_MARKS = /^[\s"'\u201C\u2018(]+/;

/**
 * The description that is the subject of the pronoun's sentence, opening it before `pos`, or else of
 * the sentence before it in the same paragraph; null when neither opens so.
 */
export function descriptionSubjectBefore(scan: Scan, pos: number, block: number): DescriptionSubject | null {
  const sentences = scan.sentences[block] ?? [];
  const own = sentences.findIndex((s) => s.start <= pos && pos < s.end);
  if (own < 0) return null;
  for (const i of [own, own - 1]) {
    const s = sentences[i];
    if (!s) continue;
    const text = scan.masked.slice(s.start, Math.min(s.end, pos));
    const lead = text.length - text.replace(OPENING_MARKS, '').length;
    // (The sentence's first letter in lower case: "In late 2018, …", "The judge …".)
    const rest = text.slice(lead);
    const m = SUBJECT.exec(rest.charAt(0).toLowerCase() + rest.slice(1));
    if (!m) continue;
    const start = s.start + lead + m[1]!.length;
    return { start, end: start + m[2]!.length, head: m[4]!.toLowerCase(), modifiers: m[3]!.trim().split(/\s+/).filter(Boolean) };
  }
  return null;
}
