// Whose view a sentence gives, framed by a preposition and a noun of seeing or judging: "In the
// mayor's view, the budget is sound", "The plan, in her words, is a betrayal", "Only the ferry is
// safe in their eyes", "In the eyes of most voters, …", "By the Courier's count, Lund has 40
// delegates", "…, by one estimate". The frame's owner is the source, the rest of the sentence what
// they hold. Read only for the attitude reading, like the other positions.
//
// (The frame must stand apart from the clause it frames: at the sentence's start before a comma, set
// off by commas or dashes, or closing the sentence. "saw in their eyes a fear" is no frame.)

import type { Attribution, SpeakerRef } from '../model';
import { wordCount } from '../quote-spans';
import { readSpeaker } from '../speaker-phrase';
import { positionMatches, type Scan } from '../scan';
import { ownerRef } from './noun-cue';
import type { Span } from '../../types';
import { nominalSpeaker } from '../speaker-ref';

const EXTRACTOR = 'sources/viewpoint-frame';

/**
 * A possessive: "his", "the senator's", "Forbes’", "many voters'" (up to three words before it, no
 * preposition among them: "in the wake of Roe's words" is no frame of Roe's).
 */
const POSSESSOR = String.raw`[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?:(?!(?:of|in|on|at|for|with|by|from|to|about|after)\s)[\p{L}.-]+\s+){0,3}[\p{L}.-]+(?:['\u2019]s|(?<=s)['\u2019])(?![\p{L}])`;
/** Nouns whose owner's view the frame gives: "in his view", "in Roe's words", "in their eyes". */
const VIEW_NOUNS = 'view|eyes|mind|words|opinion|estimation|judgment|judgement|telling|reckoning';
/** Nouns of counting or judging after "by": "by the Courier's count", "by one estimate". */
const COUNT_NOUNS = 'count|tally|estimate|estimates|reckoning|calculations?|measures?|argument';
/** Words that make a count anyone's: "by one estimate", "by some measures", "by popular reckoning". */
const COUNT_DETERMINERS = 'one|some|several|many|most|other|another|popular|independent|official|unofficial';
const COUNT_DETERMINER = new RegExp(`^(?:${COUNT_DETERMINERS})$`, 'i');

// "In his view", "in Forbes’ words", "by the Courier's own count", "by one estimate".
// (Not "in his view of the race", "in her words and deeds": the noun has an object or a partner.)
const FRAME = new RegExp(String.raw`(?<![\p{L}])(?:([Ii]n)\s+(?:(${POSSESSOR})\s+(?:own\s+)?(${VIEW_NOUNS})|the\s+(view|eyes|minds?|words|opinion|estimation|judgment)\s+of\s+([^,;:\u2014\u2013\uE000.!?]{2,60}?)(?=\s*(?:[,;:\u2014\u2013]|[.!?]?\s*$)))|([Bb]y)\s+(?:(${POSSESSOR}|${COUNT_DETERMINERS})\s+(?:own\s+)?(${COUNT_NOUNS})))(?![\p{L}])(?!\s+(?:of|that|on|about|as|to|for|and|or|is|was|are|were|has|had)\b)`, 'gu');
/** What may stand before an opening frame: a conjunction ("But in his view, …"). */
const OPENING = /^\s*(?:(?:But|And|Yet|So|Still|Now|Instead)\s+)?$/;
const SET_OFF_BEFORE = /[,\u2014\u2013]\s*$/;
const SET_OFF_AFTER = /^\s*[,\u2014\u2013]/;
const CLOSES = /^\s*[.!?]?\s*$/;
/** A relative pronoun (group 1, kept in the clause), a subordinator, or a conjunction after a comma. */
const CLAUSE_OPENER = /(?<![\p{L}])(?:(who|which|that(?=\s*,|\s+(?:\p{Lu}|(?:the|a|an|he|she|they|it|we|his|her|their|its|this|these|those|there)\b)))|(?:because|while|although|though|whereas|if|when)|(?<=,\s*)(?:and|but|so|yet))(?![\p{L}])\s*/gu;

export function parseViewpointFrames(scan: Scan): void {
  for (const { match: m, sentence, block, at } of positionMatches(scan, FRAME)) {
    const frameEnd = at + m[0].length;
    const content = framedContent(scan, sentence, at, frameEnd);
    if (!content) continue;
    const speaker = frameOwner(scan, m, at);
    if (!speaker || scan.usedCues.has(speaker.start)) continue;
    const attribution = make(scan, content, speaker, block, (m[3] ?? m[4] ?? m[8])!.toLowerCase());
    if (attribution) scan.found.push(attribution);
  }
}

/** The words the frame frames: the clause after an opening frame, before a closing one, or the clause around one set off within it. */
function framedContent(scan: Scan, sentence: Span, at: number, frameEnd: number): Span | null {
  const before = scan.masked.slice(sentence.start, at);
  const after = scan.masked.slice(frameEnd, sentence.end);
  if (OPENING.test(before)) {
    const comma = /^\s*,\s*/.exec(after);
    return comma ? { start: frameEnd + comma[0].length, end: sentence.end } : null;
  }
  const closes = CLOSES.test(after);
  if (!closes && !(SET_OFF_BEFORE.test(before) && SET_OFF_AFTER.test(after))) return null;
  // "… candidates who, by popular reckoning, have …", "… and that she was, in his words, the heir":
  // the frame holds the clause it stands in, from its relative pronoun or subordinator on.
  const opener = lastClauseOpener(before);
  const start = sentence.start + opener;
  // "because, in Roe's words, the islands are …": nothing of the clause comes before the frame.
  if (!closes && !/[\p{L}\p{N}\uE000]/u.test(before.slice(opener))) {
    return { start: frameEnd + (SET_OFF_AFTER.exec(after)?.[0].length ?? 0), end: sentence.end };
  }
  return { start, end: closes ? at : sentence.end };
}

/**
 * Where the last clause before `at` opens: at a relative pronoun (kept: "who have …"), after a
 * subordinator or a conjunction after a comma, or at the sentence's start (0). ("that" opens a
 * clause before a comma, a name, a pronoun or a determiner: "that Mrs. Roe was", not "later that night".)
 */
function lastClauseOpener(before: string): number {
  let at = 0;
  CLAUSE_OPENER.lastIndex = 0;
  // (The relative pronoun starts the match; the space after it is part of the match.)
  for (let m = CLAUSE_OPENER.exec(before); m; m = CLAUSE_OPENER.exec(before)) at = m[1] ? m.index : m.index + m[0].length;
  return at;
}

/** Who owns the view: the possessive ("his", "the senator's") or the phrase after "the eyes of". */
function frameOwner(scan: Scan, m: RegExpExecArray, at: number): SpeakerRef | null {
  const phrase = m[2] ?? m[5] ?? m[7]!;
  const start = at + m[0].indexOf(phrase, m[1]?.length ?? m[6]!.length);
  // "by one estimate", "by popular reckoning": the count itself is the source.
  if (m[7] && COUNT_DETERMINER.test(m[7])) return countRef(scan.masked, start, at + m[0].length, m[8]!);
  if (m[5]) return person(readSpeaker(scan.masked, start, start + phrase.length));
  const pronoun = ownerRef(scan.masked, start, phrase);
  if (pronoun) return pronoun;
  const bare = phrase.replace(/['\u2019]s?$/, '');
  return person(readSpeaker(scan.masked, start, start + bare.length));
}

/** "one estimate", "some measures", "popular reckoning": a count no one is named for, read as a document. */
function countRef(masked: string, start: number, end: number, noun: string): SpeakerRef {
  return nominalSpeaker(masked.slice(start, end), start, end, 'document', noun.toLowerCase());
}

/** A person, a group or an organisation: not a document, a place or a thing. */
function person(ref: SpeakerRef | null): SpeakerRef | null {
  if (!ref) return null;
  if (ref.form === 'name') return ref.kind === 'person' || ref.kind === 'organization' ? ref : null;
  if (ref.form === 'nominal') return ref.kind === 'person' || ref.kind === 'organization' || ref.kind === 'anonymous' ? ref : null;
  return null;
}

function make(scan: Scan, span: Span, speaker: SpeakerRef, block: number, cue: string): Attribution | null {
  const { text } = scan;
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,.;:\u2014\u2013-]/.test(text[end - 1]!)) end--;
  if (end <= start || wordCount(text.slice(start, end), 3) < 3) return null;
  scan.usedCues.add(speaker.start);
  return {
    start, end, text: text.slice(start, end), direct: false, cue, cueStart: speaker.start, speaker, block,
    extractor: EXTRACTOR, confidence: 0.5, attitude: true,
  };
}
