// A count's figure for someone, told by the verb of a poll, an estimate or a study: "The latest poll
// put Lane on 48 percent", "A Gazette poll this week has Lane at 45 percent to 41 for Berg", "The
// survey gave Lane a ten-point lead", "with a new poll giving Berg a narrow edge". These verbs ("put",
// "have", "give") are no cues of saying, so no reader took the finding and the poll was no source.
// Read only where the verb's object is followed by where it stands: "at"/"on" and a figure, a lead or
// an edge, "ahead", "leading", "tied" (not "the study put the focus on children", "the report has
// a margin of error"). The document is the source, named by its owner as the refiners name it; what
// is said runs from the object to the clause's end.

import type { Attribution } from '../model';
import { afterOpening } from '../clause';
import { documentSubject } from '../document-subject';
import { wordCount } from '../quote-spans';
import { contentAfter, sentenceMatches, type Scan } from '../scan';
import { readSpeaker } from '../speaker-phrase';
import type { SpeakerRef } from '../model';

const EXTRACTOR = 'sources/document-standing';
const VERB = /(?<![\p{L}\p{N}'\u2019-])(put|puts|putting|has|have|had|gives|gave|giving)\s+(?=\S)/gu;
const PARTICIPLE = /ing$/;
const HAVE = /^(?:has|have|had)$/;
const PARTICIPLE_AFTER = /^(?:\p{Ll}+ed|\p{Ll}+en|shown|put|found|given|had|made|kept|left|set|held)\b/u;
/** A conjunction opening the sentence ("And every poll has …") is no part of the document's phrase. */
const OPENING_CONJUNCTION = /^(?:and|but|yet|so|or)\s+/i;
/** Nouns of what counts or measures: the documents that put someone at a figure. */
const MEASURES = new Set([
  'poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies', 'estimate', 'estimates', 'forecast', 'forecasts',
  'projection', 'projections', 'model', 'models', 'average', 'figures', 'data', 'count', 'tally', 'results', 'numbers',
  'analysis', 'census', 'research', 'report', 'reports', 'tracker',
]);
// The object: one to six words, no clause in it (no comma, "that", "who", verb of its own: the
// standing that follows is what keeps "has led the party" or "put forward a plan" out).
const OBJECT_WORD = /^(?!(?:that|which|who|whom|been|not|to|and|but|or|no|also|already|just|now)\s)[\p{L}\p{N}'\u2019.&/-]+\s+/u;
const MAX_OBJECT_WORDS = 6;
/** Up to three words before a figure ("at a solid 50 percent", "at just over 30 percent"). */
const BEFORE_FIGURE = String.raw`(?:(?:a|an|the|about|around|roughly|nearly|almost|just|only|over|under|below|above|some|barely|little|more|less|than|\p{Ll}+ly|solid|mere|record)\s+){0,3}`;
// Where the object stands: "at" a figure, "on" a share ("on 55.7 percent", "on 30 per cent", "on
// 23%": "on" and a bare number is a dose or a date), a lead or edge given ("a ten-point lead",
// "a whopping 30-point advantage"), or a standing word ("ahead", "leading Berg by six").
const STANDING = new RegExp(String.raw`^(?:at\s+${BEFORE_FIGURE}[$£€]?\d|on\s+${BEFORE_FIGURE}\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|points?\b)|(?:a|an)\s+(?:[\p{L}\d-]+\s+){0,3}(?:lead|advantage|edge)\b|(?:ahead|behind|leading|trailing|tied|level|winning|losing|beating)\b|(?:in|into)\s+(?:first|second|third|fourth|fifth|the\s+lead)\b|(?:up|down)\s+(?:by\s+)?\d)`, 'u');
/** The determiners, modifiers and names of the document's phrase before the verb ("the new Gazette poll"). */
const NOUN_PHRASE = /(?:(?:a|an|the|new|recent|latest|several|two|three|some|internal|public|own|early|final|other|most|many|\p{Ll}+'s|\p{Ll}+\u2019s|[\p{Lu}\d][\p{L}\d./&'\u2019-]*|\p{Ll}+(?:al|ic|ive|ous|ary|ent|ant|ing))\s+){0,6}[\p{L}-]+$/u;
// Between the document and the verb: a time ("this week", "last month", "released Tuesday") or a
// phrase set off by commas ("The latest poll, published on Tuesday, put …").
const TIME_TAIL = /\s+(?:(?:this|last|earlier\s+this|late\s+last)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter)|(?:(?:released|published|out|taken|conducted)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:released|published|taken|conducted)\s+(?:this|last)\s+\p{Ll}+)$/u;
const COMMA_ASIDE = /,\s+[^,;:\uE000]{1,80},\s*$/;
const MIN_WORDS = 3;
/** The content stops where the sentence goes on to something else. */
const CLAUSE_STOP = /;|\s[\u2014\u2013]\s|\s--\s/;

export function parseDocumentStandings(scan: Scan): void {
  const { masked, text } = scan;
  for (const { match: m, sentence, block, at } of sentenceMatches(scan, VERB)) {
    if (scan.usedCues.has(at)) continue;
    const after = at + m[0].length;
    const rest = masked.slice(after, sentence.end);
    // ("The poll has shown him trailing": "has" is the auxiliary of a verb of finding, read as one.)
    if (HAVE.test(m[1]!) && PARTICIPLE_AFTER.test(rest)) continue;
    if (!objectThenStanding(rest)) continue;
    const speaker = documentBefore(scan, sentence.start, at, PARTICIPLE.test(m[1]!));
    if (!speaker) continue;
    const [start, end] = contentAfter(scan, after, sentence.end, CLAUSE_STOP);
    const content = text.slice(start, end);
    if (wordCount(content, MIN_WORDS) < MIN_WORDS) continue;
    scan.usedCues.add(at);
    scan.found.push({
      start, end, text: content, direct: false, cue: m[1]!, cueStart: at, speaker, block,
      extractor: EXTRACTOR, confidence: 0.6,
    } satisfies Attribution);
  }
}

/**
 * The document whose verb is at `at`: the noun phrase right before it (past a time or an aside set
 * off by commas), or for a finite verb a document with a post-modifier opening the clause ("A
 * review by the harbour trust has …", document-subject.ts). A participle ("a poll giving …") hangs
 * on the noun right before it only.
 */
function documentBefore(scan: Scan, sentenceStart: number, at: number, participle: boolean): SpeakerRef | null {
  const { masked } = scan;
  let from = afterOpening(masked, sentenceStart, at);
  from += OPENING_CONJUNCTION.exec(masked.slice(from, at))?.[0].length ?? 0;
  let end = from + masked.slice(from, at).trimEnd().length;
  if (!participle) {
    const aside = COMMA_ASIDE.exec(masked.slice(from, end));
    if (aside) end -= aside[0].length;
    const time = TIME_TAIL.exec(masked.slice(from, end));
    if (time) end -= time[0].length;
  }
  // (The whole subject first, "The latest opinion poll", whose "opinion" the modifier pattern lacks.)
  const whole = participle ? null : readSpeaker(masked, from, end);
  if (whole && MEASURES.has(whole.head ?? '')) return asDocument(whole);
  const lead = NOUN_PHRASE.exec(masked.slice(Math.max(from, end - 100), end));
  if (lead) {
    const speaker = readSpeaker(masked, end - lead[0].length, end);
    if (speaker && MEASURES.has(speaker.head ?? '')) return asDocument(speaker);
  }
  if (participle) return null;
  const subject = documentSubject(masked, sentenceStart, at);
  return subject && MEASURES.has(subject.speaker.head ?? '') ? subject.speaker : null;
}

/** A phrase headed by the document's noun is the document; one the reader took for its owner ("a study from Northvale University") stays the owner. */
function asDocument(speaker: SpeakerRef): SpeakerRef {
  return speaker.form === 'nominal' ? { ...speaker, kind: 'document' } : speaker;
}

/** Whether one to six words of an object, then where it stands, open `rest`. */
function objectThenStanding(rest: string): boolean {
  let at = 0;
  for (let words = 0; words < MAX_OBJECT_WORDS; words++) {
    const word = OBJECT_WORD.exec(rest.slice(at));
    if (!word) return false;
    at += word[0].length;
    if (STANDING.test(rest.slice(at))) return true;
  }
  return false;
}
