// Stances named as nouns with a possessive holder and a describing word in between, or with a
// short object: "Sen. Roe's energetic endorsement of Lund", "her long support for the levy",
// "Roe's sharp attacks on the board", "his opposition to Lund". noun-cue reads the plain
// "her endorsement of …" when the object has two words or more; the object of a stance is often
// just a name, and the describing word is open ("energetic", "halfhearted", "renewed").
// Read only for the attitude reading, like the other attitudes.

import type { Attribution } from '../model';
import { wordCount } from '../quote-spans';
import { contentAfter, positionMatches, type Scan } from '../scan';
import { ownerRef } from './noun-cue';
import { STANCE_OBJECT_STOP } from './stance-noun';

const EXTRACTOR = 'sources/possessive-stance';
const POSSESSIVE_STANCE = /(?<![\p{L}'\u2019])((?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}\p{Lu}[\p{L}.-]*['\u2019]s?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+((?:(?!(?:of|to|for|on|in|the|a|an|and|or|own)\b)\p{Ll}[\p{Ll}-]*,?\s+){0,2})(endorsements?|support|opposition|criticisms?|attacks?|praise|backing|embrace|rejection|condemnations?)\s+(?:of|for|to|on)\s+/gu;
/**
 * Where the object ends: where a stance noun's does (a comma, a dash, a new clause), or at the verb
 * of the sentence the possessive phrase is the subject of ("Roe's endorsement of Lund surprised …", "her support for the levy is
 * well known", "her support for the levy and praised …"); a past form after a determiner is an
 * adjective inside the object ("the proposed levy").
 */
const CLAUSE_STOP = new RegExp(String.raw`${STANCE_OBJECT_STOP.source}|\s(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do)\b|(?<!\b(?:the|a|an|his|her|their|its|this|that|these|those)\s)\s(?:(?:and|or)\s+)?\p{Ll}+ed\b`, 'u');
/** "Roe's support of 40 percent" is a poll share, not a stance. */
const NUMBER = /^\s*[\d$]/;

export function parsePossessiveStances(scan: Scan): void {
  const { masked, text } = scan;
  for (const { match: m, sentence, block, at } of positionMatches(scan, POSSESSIVE_STANCE)) {
    const owner = m[1]!;
    const cueStart = at + owner.length + m[0].slice(owner.length).indexOf(m[3]!, m[2]!.length);
    if (scan.usedCues.has(cueStart)) continue;
    const speaker = ownerRef(masked, at, owner);
    if (!speaker) continue;
    const after = at + m[0].length;
    if (NUMBER.test(masked.slice(after, after + 4))) continue;
    const [start, end] = contentAfter(scan, after, sentence.end, CLAUSE_STOP);
    if (end <= start || wordCount(text.slice(start, end), 1) < 1) continue;
    scan.usedCues.add(cueStart);
    scan.found.push({
      start, end, text: text.slice(start, end), direct: false, cue: m[3]!, cueStart, speaker, block,
      extractor: EXTRACTOR, confidence: 0.5, attitude: true,
    } satisfies Attribution);
  }
}
