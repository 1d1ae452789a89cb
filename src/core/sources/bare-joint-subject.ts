// "The agency said its staff found no fraud but the inspector said the files were incomplete",
// "The imprint is owned by Tarn Books and a Tarn spokeswoman said no date was set": a verb of saying
// after a comma-less "and" or "but" that joins two whole clauses has its own subject, the short
// phrase between the conjunction and the verb. Read left from the verb, that phrase runs into the
// first clause ("fraud but the inspector", "Tarn Books and a Tarn spokeswoman") and no subject is
// found, so the second statement was lost.
// The same words also read as two subjects of one verb ("Ruiz and Lee said", "Lund and a
// spokeswoman said"), so the phrase is a subject of its own only where the first half is proven a
// whole clause, by either of two proofs:
//  1. a statement found earlier in the sentence holds the conjunction in its content, with a few
//     words of that content before it: two statements coordinated, each with its subject ("said its
//     staff found no fraud but the inspector said", "One in three said … and one in four said");
//  2. the sentence up to the conjunction is a plain clause of its own: a finite "be"/"have", a few
//     words, no punctuation or quotation (appositions and lists are other readers' shapes), and no
//     "both"/"either" opening a pair ("as both Tarn and Vardby say" is one subject of two names);
//     the phrase after the conjunction then opens as a noun phrase does (a determiner or a
//     capital), not as a verb phrase.
// A content framed by a preposition or "according to" ("In the survey, a large share voiced
// concerns and a third said …") that runs over the conjunction proves nothing: the frame is the
// source of both clauses.

import type { Subject } from './clause';
import type { Scan } from './scan';
import { readSpeaker } from './speaker-phrase';
import { wordCount } from './quote-spans';
import type { Span } from '../types';
import { FRAMING } from './refiners/clip-at-new-subjects';

/** A comma-less conjunction. */
const BARE_JOINT = /\s(?:and|but)\s+/g;
/** The phrase after it, right up to the verb: no punctuation, at most six words. */
const PHRASE_TO_CUE = /^((?:[^\s,;:()\u2014\u2013\uE000]+\s+){0,5}[^\s,;:()\u2014\u2013\uE000]+)\s+$/u;
/** Adverbs and auxiliaries between the subject and its verb ("also said", "has said"). */
const FILLER_TAIL = /(?:\s+(?:also|then|later|has|have|had|\p{Ll}+ly))+$/u;
const MIN_CLAUSE_WORDS = 4;
/** Proof 2: a finite "be" or "have" in the first half: it is a clause, not the first of two subjects. */
const FINITE = /\s(?:is|are|was|were|has|have|had)\s/;
/** Proof 2: punctuation or a quotation in the first half. */
const BREAK = /[,;:()\u2014\u2013\uE000"\u201C\u201D]/;
/** Proof 2: "both Hamas", "either the union": the first half of a pair, just before the conjunction. */
const PAIR_OPENER = /\b(?:both|either|neither|between)\s+(?:the\s+)?\S+(?:\s+\S+)?\s*$/i;
/** Proof 2: the second subject opens as a noun phrase. */
const NOUN_PHRASE_OPENING = /^(?:(?:a|an|the)\s|\p{Lu})/u;

export function bareJointSubject(scan: Scan, sentence: Span, cueStart: number): Subject | null {
  const from = Math.max(sentence.start, cueStart - 80);
  const window = scan.masked.slice(from, cueStart);
  // From the leftmost conjunction on: "no fraud but the inspector and the auditor said" is the pair's;
  // in "was confined but was otherwise fine and the military said" the phrase after "but" reads as
  // no one, and the next conjunction's is the subject.
  for (const joint of window.matchAll(BARE_JOINT)) {
    const phraseStart = from + joint.index + joint[0].length;
    const m = PHRASE_TO_CUE.exec(scan.masked.slice(phraseStart, cueStart));
    if (!m) continue;
    let phrase = m[1]!;
    const filler = FILLER_TAIL.exec(phrase);
    if (filler) phrase = phrase.slice(0, filler.index);
    if (!phrase) return null;
    const jointAt = from + joint.index;
    const proof = statementOverJoint(scan, sentence, jointAt);
    if (proof === 'framed') return null;
    if (!proof && !(NOUN_PHRASE_OPENING.test(phrase) && plainClauseBefore(scan.masked, sentence, jointAt))) continue;
    const speaker = readSpeaker(scan.masked, phraseStart, phraseStart + phrase.length);
    // (A pronoun is a subject too, read elsewhere: no later conjunction's phrase is.)
    if (speaker?.form === 'pronoun') return null;
    if (speaker) return { speaker, phraseStart };
  }
  return null;
}

/**
 * Proof 1: a statement found earlier in the sentence, its cue before the joint and its content
 * running over it, with a clause of a few words before the conjunction; 'framed' when a frame's
 * content runs over it. (Searched by position over the whole list: the parsers append in their own
 * order, so the sentence's statements need not be the latest found; see found-between.ts.)
 */
function statementOverJoint(scan: Scan, sentence: Span, jointAt: number): boolean | 'framed' {
  let holder = false;
  for (let i = scan.found.length - 1; i >= 0; i--) {
    const a = scan.found[i]!;
    if (a.direct || a.cueStart < sentence.start || a.cueStart >= jointAt || a.start > jointAt || a.end <= jointAt) continue;
    if (FRAMING.has(a.extractor)) return 'framed';
    if (wordCount(scan.text.slice(a.start, jointAt), MIN_CLAUSE_WORDS) >= MIN_CLAUSE_WORDS) holder = true;
  }
  return holder;
}

/** Proof 2: the sentence up to the joint is a plain clause with a finite "be"/"have" of its own. */
function plainClauseBefore(masked: string, sentence: Span, jointAt: number): boolean {
  const first = masked.slice(sentence.start, jointAt);
  return !BREAK.test(first) && !PAIR_OPENER.test(first) && FINITE.test(` ${first} `) && first.trim().split(/\s+/).length >= MIN_CLAUSE_WORDS;
}
