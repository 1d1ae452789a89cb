// A position or statement told by a participle after "by", "after", "while" and the like: "Lund
// opened the debate by calling the levy a scam", "After praising the volunteers, Ruiz turned to the
// budget", "She ended by saying that the plan would pass". The participle has no subject of its own;
// the clause it hangs on lends its subject, and what the participle governs is the content. The
// comma-participle reading (attitude.ts, "…, calling it a scam") does not see these, as no comma
// stands before the participle. A participle after a catenative verb ("spent the day mocking X",
// "began dismissing Y") shares that verb's subject the same way.

import { openingSubject, subjectBefore, type Subject } from '../clause';
import { participleSubject } from '../participle-subject';
import { MASK } from '../quote-spans';
import { positionMatches, type Scan } from '../scan';
import { speakerBefore } from './attitude';
import { participleCue, readParticipleObject } from './participle-reading';
import type { Span } from '../../types';

const EXTRACTOR = 'sources/means-participle';
/** The preposition or subordinator, an optional adverb ("by essentially telling"), the participle. */
const MEANS = /(?<![\p{L}\p{N}'\u2019-])(by|after|while|before|when|in|since|upon)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}{3,}ing)(?![\p{L}\p{N}'\u2019-])/giu;
/**
 * A verb that takes a participle as its complement and shares its subject with it: "Trump spent
 * more time mocking X", "he began dismissing Y", "Bloomberg started publishing Z". After "spend"
 * the time phrase comes first, so the participle is looked for within the next few words.
 */
const CATENATIVE = /(?<![\p{L}\p{N}'\u2019-])(?:spen(?:t|ds?|ding)|beg(?:an|ins?|un)|start(?:ed|s)?|continu(?:ed|es?)|kept|keeps?|resum(?:ed|es?)|went\s+on|(?:is|was|are|were)\s+back\s+to)(?![\p{L}\p{N}'\u2019-])/gu;
const GAP_WORDS = 7;
/**
 * A bare participle opening its sentence: "Noting that turnout fell, Ruiz called for …", "Fearing a
 * recount, the board …". No preposition stands before it, so MEANS does not see it; the main
 * clause's subject after its comma is the speaker, as after "After praising …, Ruiz …".
 */
/** "Speaking to reporters, …", "Appearing on Fox, …": the scene of the main clause's statement, no position. */
const SCENE = /^(?:speaking|talking|writing|appearing|addressing|campaigning|visiting)$/;
const FRONTED_BARE = /^\s*(?:(?:But|And|Yet|So|Still|Now|Then|Instead)\b,?\s+)?(\p{Lu}\p{Ll}{2,}ing)(?![\p{L}\p{N}'\u2019-])/gu;

export function parseMeansParticiples(scan: Scan): void {
  const { masked } = scan;
  for (const { match: m, sentence, block, at } of positionMatches(scan, MEANS)) {
    // ("has no role in confirming …": "in" after a noun opens its complement, not a means phrase.)
    if (/^in$/i.test(m[1]!) && !/(?:^|[,;:\u2014\u2013])\s*$/.test(masked.slice(sentence.start, at))) continue;
    const word = m[2]!.toLowerCase();
    const cueStart = at + m[0].length - m[2]!.length;
    if (scan.usedCues.has(cueStart)) continue;
    const cue = participleCue(masked, word, cueStart + word.length, sentence.end, true);
    if (!cue) continue;
    const cueEnd = cueStart + cue.length;
    const fronted = isFronted(masked, sentence, at);
    const subject = fronted ? mainSubject(masked, sentence, cueEnd) : participleSubject(masked, sentence, at) ?? speakerBefore(scan, sentence, at);
    if (subject) readParticipleObject(scan, { cue, cueStart, word, speaker: subject.speaker, sentenceEnd: sentence.end, block, extractor: EXTRACTOR, confidence: 0.5, commaBeforeObject: true });
  }
}

/** "Noting that …, Ruiz …": a bare participle opening its sentence, with the main clause's subject. */
export function parseFrontedParticiples(scan: Scan): void {
  const { masked } = scan;
  for (const { match: m, sentence, block, at } of positionMatches(scan, FRONTED_BARE)) {
    const word = m[1]!.toLowerCase();
    const cueStart = at + m[0].length - m[1]!.length;
    if (SCENE.test(word) || scan.usedCues.has(cueStart)) continue;
    // ("Reporting by Ann Roe, Editing by …": a credit line, the participle's agent, not its object.)
    if (/^\s+by\s/.test(masked.slice(cueStart + word.length, cueStart + word.length + 5))) continue;
    const cue = participleCue(masked, word, cueStart + word.length, sentence.end, true);
    if (!cue) continue;
    const subject = mainSubject(masked, sentence, cueStart + cue.length);
    if (subject) readParticipleObject(scan, { cue, cueStart, word, speaker: subject.speaker, sentenceEnd: sentence.end, block, extractor: EXTRACTOR, confidence: 0.5, commaBeforeObject: false });
  }
}

/** "Trump spent more time mocking X": the participle after a catenative verb, with that verb's subject. */
export function parseCatenativeParticiples(scan: Scan): void {
  const { masked } = scan;
  for (const { match: m, sentence, block, at } of positionMatches(scan, CATENATIVE)) {
    const verbEnd = at + m[0].length;
    const after = masked.slice(verbEnd, Math.min(sentence.end, verbEnd + 80));
    // The first -ing word before any punctuation, within a few words ("spent much of his speech defending").
    const words = [...after.matchAll(/[^\s]+/g)].slice(0, m[0].startsWith('spen') ? GAP_WORDS : 2);
    let found: { word: string; index: number } | null = null;
    for (const w of words) {
      if (/[,.;:!?\uE000()]/.test(w[0])) break;
      if (/^\p{Ll}{3,}ing$/u.test(w[0])) { found = { word: w[0], index: w.index! }; break; }
    }
    if (!found) continue;
    const word = found.word;
    const cueStart = verbEnd + found.index;
    if (scan.usedCues.has(cueStart)) continue;
    const cue = participleCue(masked, word, cueStart + word.length, sentence.end, true);
    if (!cue) continue;
    const subject = subjectBefore(masked, sentence.start, at) ?? participleSubject(masked, sentence, at);
    if (subject) readParticipleObject(scan, { cue, cueStart, word, speaker: subject.speaker, sentenceEnd: sentence.end, block, extractor: EXTRACTOR, confidence: 0.5, commaBeforeObject: true });
  }
}

/** "After praising …, Ruiz …", "But while urging …, she …": the phrase opens its sentence. */
function isFronted(masked: string, sentence: Span, at: number): boolean {
  return /^\s*(?:(?:But|And|Yet|So|Still|Now|Then)\b,?\s+)?$/.test(masked.slice(sentence.start, at));
}

/** The subject of the main clause after a fronted phrase: the name or pronoun after its comma. */
function mainSubject(masked: string, sentence: Span, from: number): Subject | null {
  const comma = masked.slice(from, sentence.end).search(/,\s/);
  if (comma < 0 || masked.slice(from, from + comma).includes(MASK)) return null;
  return openingSubject(masked, from + comma + 1, sentence.end);
}
