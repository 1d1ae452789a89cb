// A held view named as a possessive noun, with what it holds as the predicate: "Roe's fear is that
// the pier will close", "his impression was that she had no support", "Their argument: only the board
// can fix it", "Lund's answer was simple: …". The noun names the holder's position and the copula
// (or a colon) hands over its content; noun-cue reads the noun with a complement ("her fear that …")
// and misses the predicate. Read only for the attitude reading, like the other noun cues.

import type { Attribution } from '../model';
import { wordCount } from '../quote-spans';
import { contentAfter, positionMatches, type Scan } from '../scan';
import { CLAUSE_CONTENT_STOP, ownerRef } from './noun-cue';
import { OWNER } from './possessive-noun';

const EXTRACTOR = 'sources/noun-predicate';
/**
 * At most two describing words ("Their main argument", "Roe's most striking claim"), never a
 * function word: with the copula and "that" or a colon after the noun, the phrase is the holder's
 * view however it is graded.
 */
const MODIFIER = String.raw`(?:(?!(?:of|to|for|on|in|the|a|an|and|or|is|was)\b)\p{Ll}[\p{Ll}-]*\s+){0,2}`;
/** Nouns whose predicate is the view itself. */
const NOUN = String.raw`(argument|fear|worry|hope|impression|response|answer|contention|view|position|message|advice|goal|belief|conclusion|assessment|verdict|theory|reasoning|explanation|suggestion|prediction|point|concern|claim)`;
/** "is that", "was:", "has long been that", "long has been that"; or a colon right after the noun. */
const LINK = String.raw`(?:\s+(?:(?:long\s+|always\s+)?(?:is|was|remains|remained|has\s+(?:long\s+|always\s+)?been)(?:\s+(?:simple|clear))?\s*(?:that\b|:)?)|\s*:)`;
const NOUN_PREDICATE = new RegExp(String.raw`(?<![\p{L}'\u2019])${OWNER}\s+${MODIFIER}${NOUN}${LINK}\s*`, 'gu');
/**
 * "Her goal was 40 votes", "His answer was no", "My view is limited": a short predicate is a figure
 * or a description of the noun, not a content; the content is a clause ("that …", or words after a
 * colon). Without "that" or a colon, the predicate must open with a subject: a pronoun, a name, a
 * determiner.
 */
const CLAUSE_OPENING = /^\s*(?:[\u201c"]|(?:he|she|they|we|i|it|there|the|a|an|this|these|those|no|every|all|only|if|voters|people)\b|\p{Lu})/u;

export function parseNounPredicates(scan: Scan): void {
  const { masked, text } = scan;
  for (const { match: m, sentence, block, at } of positionMatches(scan, NOUN_PREDICATE)) {
    const owner = m[1]!;
    const cueStart = at + m[0].indexOf(m[2]!, owner.length);
    if (scan.usedCues.has(cueStart)) continue;
    const speaker = ownerRef(masked, at, owner);
    if (!speaker) continue;
    const after = at + m[0].length;
    const linked = /(?:that|:)\s*$/.test(m[0]);
    if (!linked && !CLAUSE_OPENING.test(masked.slice(after, after + 20))) continue;
    const [start, end] = contentAfter(scan, after, sentence.end, CLAUSE_CONTENT_STOP);
    if (end <= start || wordCount(text.slice(start, end), 4) < 3) continue;
    scan.usedCues.add(cueStart);
    scan.found.push({
      start, end, text: text.slice(start, end), direct: false, cue: m[2]!, cueStart, speaker, block,
      extractor: EXTRACTOR, confidence: 0.5, attitude: true,
    } satisfies Attribution);
  }
}
