// Stances named as nouns with a possessive holder and a describing word in between, or with a
// short object: "Sen. Roe's energetic endorsement of Lund", "her long support for the levy",
// "Roe's sharp attacks on the board", "his opposition to Lund". noun-cue reads the plain
// "her endorsement of …" when the object has two words or more; the object of a stance is often
// just a name, and the describing word is open ("energetic", "halfhearted", "renewed").
// Read only for the attitude reading, like the other attitudes.

import type { Attribution } from '../model';
import { wordCount } from '../quote-spans';
import { contentAfter, positionMatches, type Scan } from '../scan';
import { AMOUNT_AFTER, OWNER, POSSESSIVE_OBJECT_STOP, possessiveHolder } from './possessive-noun';

const EXTRACTOR = 'sources/possessive-stance';
/** Nouns that name a stance toward someone or something; received-stance.ts reads them too ("drew criticism from …"). */
export const STANCE_NOUNS = String.raw`endorsements?|support|opposition|criticisms?|attacks?|praise|backing|condemnations?`;
const POSSESSIVE_STANCE = new RegExp(String.raw`(?<![\p{L}'\u2019])${OWNER}\s+((?:(?!(?:of|to|for|on|in|the|a|an|and|or|own)\b)\p{Ll}[\p{Ll}-]*,?\s+){0,2})(${STANCE_NOUNS}|embrace|rejection)\s+(?:of|for|to|on)\s+`, 'gu');

export function parsePossessiveStances(scan: Scan): void {
  const { masked, text } = scan;
  for (const { match: m, sentence, block, at } of positionMatches(scan, POSSESSIVE_STANCE)) {
    const holder = possessiveHolder(scan, m, at);
    if (!holder) continue;
    const { cueStart, speaker } = holder;
    const after = at + m[0].length;
    if (AMOUNT_AFTER.test(masked.slice(after, after + 4))) continue;
    const [start, end] = contentAfter(scan, after, sentence.end, POSSESSIVE_OBJECT_STOP);
    if (end <= start || wordCount(text.slice(start, end), 1) < 1) continue;
    scan.usedCues.add(cueStart);
    scan.found.push({
      start, end, text: text.slice(start, end), direct: false, cue: m[3]!, cueStart, speaker, block,
      extractor: EXTRACTOR, confidence: 0.5, attitude: true,
    } satisfies Attribution);
  }
}
