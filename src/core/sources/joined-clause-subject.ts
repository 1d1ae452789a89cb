// "The imprint is owned by Tarn Books and a Tarn spokeswoman said no date was set": a verb of saying
// after a comma-less "and"/"but" that joins two whole clauses has its own subject, the short phrase
// after the conjunction. Read left from the verb, the phrase runs into the first clause ("Tarn Books
// and a Tarn spokeswoman"), which has a verb of its own, so no subject was found and the statement
// was lost. (bare-joint-subject.ts reads the same shape inside another statement's content; this is
// the plain sentence.) The first clause must have a finite "be"/"have" of its own and a few words, so
// that "Lund and a spokeswoman said" (two subjects of one verb) is left alone, and the second
// subject opens with a determiner or a capital: a noun phrase, not a verb phrase. A pair opened by
// "both"/"either"/"neither" ("… as both Hamas and Tarn say …") is one subject of two names, no clause.

import type { Subject } from './clause';
import { readSpeaker } from './speaker-phrase';
import type { Span } from '../types';

/** The conjunction and the phrase after it up to the verb: no punctuation, at most six words. */
const JOINT_THEN_PHRASE = /\s(?:and|but)\s+((?:a|an|the|\p{Lu}[\p{L}'\u2019.-]*)(?:\s+[^\s,;:()\u2014\u2013\uE000]+){0,5})\s+(?:also\s+|later\s+|then\s+)?$/u;
/** A finite "be" or "have" in the first clause: it is a clause, not the first of two subjects. */
const FINITE = /\s(?:is|are|was|were|has|have|had)\s/;
/** Punctuation or a quotation in the first clause: another reader's shape (appositions, lists). */
const BREAK = /[,;:()\u2014\u2013\uE000"\u201C\u201D]/;
const MIN_CLAUSE_WORDS = 4;
/** "both Hamas", "either the union": the first half of a pair, just before the conjunction. */
const PAIR_OPENER = /\b(?:both|either|neither|between)\s+(?:the\s+)?\S+(?:\s+\S+)?\s*$/i;

export function joinedClauseSubject(masked: string, sentence: Span, cueStart: number): Subject | null {
  const head = masked.slice(sentence.start, cueStart);
  const m = JOINT_THEN_PHRASE.exec(head);
  if (!m) return null;
  const first = head.slice(0, m.index);
  if (BREAK.test(first) || PAIR_OPENER.test(first) || !FINITE.test(` ${first} `) || first.trim().split(/\s+/).length < MIN_CLAUSE_WORDS) return null;
  const start = sentence.start + m.index + m[0].indexOf(m[1]!);
  const speaker = readSpeaker(masked, start, start + m[1]!.length);
  if (!speaker || speaker.form === 'pronoun') return null;
  return { speaker, phraseStart: start };
}
