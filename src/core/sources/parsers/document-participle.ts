// A finding told by a document's participle: "a new poll showing Smith ahead by six points",
// "recent surveys suggesting that turnout will fall", "records showing he was paid twice". The
// participle hangs on the document's noun phrase (no finite verb, no "that" needed), so the
// reporting-verb reading, which wants a subject and a finite cue or a speaker earlier in the
// sentence, misses it. The noun phrase is the source; the content runs to the next comma, as such
// phrases sit inside a larger sentence ("Priebus, after a poll showing …, told …").

import type { Attribution } from '../model';
import { DOCUMENT_NOUNS } from '../lexicon';
import { wordCount } from '../quote-spans';
import { contentAfter, positionMatches, type Scan } from '../scan';
import { readSpeaker } from '../speaker-phrase';

const EXTRACTOR = 'sources/document-participle';
const FINDING_PARTICIPLE = /(?<![\p{L}\p{N}'\u2019-])(showing|suggesting|indicating|finding|revealing)\s+(?:that\s+)?(?=\S)/gu;
/** The content ends at a comma, a semicolon, a dash or a colon: the sentence goes on around the phrase. */
const PHRASE_STOP = /[,;:\u2014\u2013(]|\s-\s/;
const MIN_WORDS = 3;
/** Determiners, modifiers and names before the noun, up to six words ("the new Register poll"). */
const NOUN_PHRASE = /(?:(?:a|an|the|new|recent|latest|several|two|three|some|internal|public|[\p{Lu}\d][\p{L}\d./&'\u2019-]*|\p{Ll}+(?:al|ic|ive|ous|ary|ent|ant))\s+){0,5}[\p{L}-]+$/u;

export function parseDocumentParticiples(scan: Scan): void {
  const { masked, text } = scan;
  for (const { match: m, sentence, block, at } of positionMatches(scan, FINDING_PARTICIPLE)) {
    const cueStart = at;
    if (scan.usedCues.has(cueStart)) continue;
    // The noun right before the participle names the document ("poll showing", not "he is showing").
    const before = /([\p{L}-]+)(\s+)$/u.exec(masked.slice(Math.max(sentence.start, cueStart - 30), cueStart));
    if (!before || !DOCUMENT_NOUNS.has(before[1]!.toLowerCase())) continue;
    const nounEnd = cueStart - before[2]!.length;
    // The noun phrase: back to the preposition, verb or comma before it ("with / recent polls").
    const lead = NOUN_PHRASE.exec(masked.slice(Math.max(sentence.start, nounEnd - 80), nounEnd));
    if (!lead) continue;
    const speaker = readSpeaker(masked, nounEnd - lead[0].length, nounEnd);
    if (!speaker || !DOCUMENT_NOUNS.has(speaker.head ?? '')) continue;
    const [start, end] = contentAfter(scan, at + m[0].length, sentence.end, PHRASE_STOP);
    const content = text.slice(start, end);
    if (wordCount(content, MIN_WORDS) < MIN_WORDS) continue;
    scan.usedCues.add(cueStart);
    scan.found.push({
      start, end, text: content, direct: false, cue: m[1]!, cueStart, speaker, block,
      extractor: EXTRACTOR, confidence: 0.6,
    } satisfies Attribution);
  }
}
