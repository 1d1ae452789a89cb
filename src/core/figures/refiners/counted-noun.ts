// What a figure counts: the noun phrase after it ("11,000 troops", "1,000 deaths", "three
// people", "22 member newspapers", "About 50 percent casualty rate", "half of the voters").
// The phrase is read by a small chunker (noun-phrase.ts); a count's unit is the noun it counts,
// lower-cased: the phrase's head ("50 previous years" → years), or the first noun of a singular
// compound ("the 12 page document" → page).

import type { FigureScan, Quantity } from '../model';
import { isPunct, isWord, tokenAt } from '../token-utils';
import { readNounPhrase } from './noun-phrase';

// Leading words to step over: "5,000 more troops", "two new cases".
const LEAD = new Set(['more', 'additional', 'extra', 'other', 'new', 'further', 'fewer', 'less', 'total']);
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'your', 'all', 'those', 'these', 'this', 'that', 'a', 'an', 'them']);

export function attachCountedNoun(scan: FigureScan, quantities: Quantity[]): Quantity[] {
  const { tokens } = scan;
  for (const q of quantities) {
    if (q.kind !== 'number' && q.kind !== 'count' && q.kind !== 'percent' && q.kind !== 'ratio') continue;
    // "6.5 times earnings": a multiple, whatever it is a multiple of.
    if (q.unit === 'times') continue;
    let i = q.last + 1;
    const next = tokenAt(tokens, i);
    if (!next || next.gap === 2) continue;
    const aboveOne = q.high !== 1;
    // "a 12-member panel": the noun glued by a hyphen is what is counted.
    if (q.kind === 'number' && isPunct(next, '-') && next.gap === 0 && tokenAt(tokens, i + 1)?.type === 'word' && tokens[i + 1]!.gap === 0) {
      const phrase = readNounPhrase(tokens, i + 1, 3);
      if (phrase) {
        q.kind = 'count';
        q.counts = phrase.words.join(' ');
        q.unit = phrase.words[0]!.toLowerCase();
        q.last = phrase.last;
        continue;
      }
    }
    if (next.gap !== 1) continue;
    let viaOf = false;
    if (isWord(next, 'of')) {
      // "half of the voters", "50 percent of its budget", "11,000 of the troops"
      i++;
      viaOf = true;
      let steps = 0;
      while (steps < 2 && tokens[i] && DETERMINERS.has(tokens[i]!.lower)) { i++; steps++; }
    }
    let steps = 0;
    while (!viaOf && steps < 1 && tokens[i] && LEAD.has(tokens[i]!.lower) && tokens[i + 1]?.gap === 1) { i++; steps++; }
    const phrase = readNounPhrase(tokens, i, 4, aboveOne && !viaOf);
    if (!phrase) continue;
    q.counts = phrase.words.join(' ');
    if (q.kind === 'number' || q.kind === 'count') {
      q.kind = 'count';
      q.unit = phrase.head.toLowerCase();
      if (!viaOf) q.last = phrase.last;
    }
  }
  return quantities;
}
