// "The agency said its staff found no fraud but the inspector said the files were incomplete",
// "One in three said the board ignores renters and one in four said it was hostile": a verb of
// saying after a comma-less "and" or "but" inside another statement's content has its own subject,
// the short phrase between the conjunction and the verb. Read left from the verb, that phrase runs
// into the first clause ("fraud but the inspector") and no subject is found, so the second
// statement was lost inside the first. Only where a statement found earlier in the sentence holds
// the conjunction in its content (two statements coordinated, each with its subject) and the first
// clause has a few words already ("said Ruiz and Lee said" joins two names). A content framed by a
// preposition or "according to" ("In the survey, a large share voiced concerns and a third said …")
// is no such statement: the frame is the source of both clauses.

import type { Subject } from './clause';
import type { Scan } from './scan';
import { readSpeaker } from './speaker-phrase';
import { wordCount } from './quote-spans';
import type { Span } from '../types';
import { FRAMING } from './refiners/clip-at-new-subjects';

/** The conjunction and the phrase after it up to the verb: no punctuation, at most six words. */
const JOINT_THEN_PHRASE = /\s(?:and|but)\s+((?:[^\s,;:()\u2014\u2013\uE000]+\s+){0,5}[^\s,;:()\u2014\u2013\uE000]+)\s+$/u;
/** Adverbs and auxiliaries between the subject and its verb ("also said", "has said"). */
const FILLER_TAIL = /(?:\s+(?:also|then|later|has|have|had|\p{Ll}+ly))+$/u;
const MIN_CLAUSE_WORDS = 4;

export function bareJointSubject(scan: Scan, sentence: Span, cueStart: number): Subject | null {
  const from = Math.max(sentence.start, cueStart - 80);
  const m = JOINT_THEN_PHRASE.exec(scan.masked.slice(from, cueStart));
  if (!m) return null;
  const jointAt = from + m.index;
  let phrase = m[1]!;
  const filler = FILLER_TAIL.exec(phrase);
  if (filler) phrase = phrase.slice(0, filler.index);
  if (!phrase) return null;
  const start = from + m.index + m[0].indexOf(m[1]!);
  // The first statement: found earlier in the sentence, its cue before the joint and its content
  // running over it, with a clause of a few words before the conjunction. (Searched by position
  // over the whole list, capped at MAX_FOUND: the parsers append in their own order, so the
  // sentence's statements need not be the latest found; see found-between.ts.)
  let holder = false;
  for (let i = scan.found.length - 1; i >= 0; i--) {
    const a = scan.found[i]!;
    if (a.direct || a.cueStart < sentence.start || a.cueStart >= jointAt || a.start > jointAt || a.end <= jointAt) continue;
    if (FRAMING.has(a.extractor)) return null;
    if (wordCount(scan.text.slice(a.start, jointAt), MIN_CLAUSE_WORDS) >= MIN_CLAUSE_WORDS) holder = true;
  }
  if (!holder) return null;
  const speaker = readSpeaker(scan.masked, start, start + phrase.length);
  if (!speaker || speaker.form === 'pronoun') return null;
  return { speaker, phraseStart: start };
}
