// Fractions in words are shares, scored as percentages: "one-third" = 33.33, "two-thirds",
// "three quarters", "a fifth of", "half of". Ordinals that look the same ("a third term",
// "the second half") are not fractions: a singular denominator needs a hyphen or "of".

import { MAX_ATOMS, type Atom, type FigureScan } from '../model';
import { isPunct, isWord, tokenAt } from '../token-utils';
import { UNIT_WORDS, TENS_WORDS } from './number-words';
import { lookupTable } from '../../text/lookup-table';

const DENOMINATORS = lookupTable<number>({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8,
  ninth: 9, ninths: 9, tenth: 10, tenths: 10, twentieth: 20, hundredth: 100, hundredths: 100, thousandth: 1000,
});
// Words before "half" that make it a share: "about half", "more than half", "by half".
const HALF_LEFT = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'than', 'over', 'under', 'just', 'only', 'some', 'by', 'least', 'fully', 'approximately', 'barely', 'exactly', 'precisely', 'to', 'from', 'and', 'or']);
const HALF_RIGHT = new Set(['of', 'the', 'its', 'their', 'his', 'her', 'our', 'all', 'those', 'these', 'that', 'them', 'us']);
const NOT_SHARE_BEFORE = new Set(['first', 'second', 'latter', 'other', 'back', 'front', 'top', 'bottom', 'better', 'a']);

// Words after a singular share that keep it a share: "a third more", "a fifth as many".
const SHARE_NEXT = new Set(['more', 'less', 'fewer', 'as', 'higher', 'lower', 'larger', 'smaller', 'bigger', 'cheaper', 'than', 'percent']);

function numberAhead(tokens: FigureScan['tokens'], index: number): boolean {
  const token = tokenAt(tokens, index);
  if (!token) return false;
  if (token.type === 'num') return true;
  const w = token.lower;
  return w === 'a' || w === 'an' || w === 'half' || UNIT_WORDS[w] !== undefined || TENS_WORDS[w] !== undefined || (isPunct(token, '$', '£', '€') && tokenAt(tokens, index + 1)?.type === 'num');
}

export function parseFractionWords(scan: FigureScan): Atom[] {
  const { tokens } = scan;
  const atoms: Atom[] = [];
  for (let i = 0; i < tokens.length && atoms.length < MAX_ATOMS; i++) {
    const token = tokens[i]!;
    if (token.type !== 'word') continue;
    const w = token.lower;
    const numerator = w === 'a' || w === 'an' ? 1 : UNIT_WORDS[w] ?? TENS_WORDS[w];
    if (numerator !== undefined && numerator > 0) {
      let j = i + 1;
      const hyphen = isPunct(tokenAt(tokens, j), '-', '–') && tokens[j]!.gap === 0;
      if (hyphen) j++;
      const den = tokenAt(tokens, j);
      if (den && den.type === 'word' && DENOMINATORS[den.lower] !== undefined && den.gap <= 1 && (hyphen ? den.gap === 0 : den.gap === 1)) {
        const plural = den.lower.endsWith('s') && den.lower !== 'halves';
        const of = isWord(tokenAt(tokens, j + 1), 'of');
        // "one-third to 50 percent", "a third or a half"; not "a third and final term".
        const rangeNext = (isWord(tokenAt(tokens, j + 1), 'to', 'and', 'or') || isPunct(tokenAt(tokens, j + 1), '-', '–')) && numberAhead(tokens, j + 2);
        // "a third term", "a third undisclosed buyer": a singular denominator before a word is an ordinal.
        const after = tokenAt(tokens, j + 1);
        if (!plural && !hyphen && !of && !rangeNext && after?.type === 'word' && after.gap === 1 && !SHARE_NEXT.has(after.lower)) continue;
        // "one half" alone reads oddly; "a half" follows a number ("two and a half") and is read there.
        // "nearly a third", "about one fifth": a qualifier makes the share plain.
        const qualified = HALF_LEFT.has(tokenAt(tokens, i - 1)?.lower ?? '') && den.lower !== 'second';
        const singularOk = (hyphen && numerator === 1 && w !== 'a') || of || rangeNext || (numerator > 1 && plural) || (qualified && numerator === 1);
        // "one fifth." at the end of a clause reads as a share too.
        const clauseEnd = w === 'one' && !hyphen && (tokenAt(tokens, j + 1) === undefined || tokenAt(tokens, j + 1)!.type === 'punct');
        // A share is less than the whole: "thirty fifths" is not 600 %.
        if (numerator >= DENOMINATORS[den.lower]!) continue;
        if ((plural && numerator > 1) || singularOk || clauseEnd) {
          if (!(den.lower === 'half' && w === 'a')) {
            atoms.push({ first: i, last: j, value: (numerator / DENOMINATORS[den.lower]!) * 100, form: 'fraction', bare: false, magnitude: 1, share: true, extractor: 'figures/fraction-words' });
            i = j;
            continue;
          }
        }
      }
    }
    if (w === 'half') {
      const prev = tokenAt(tokens, i - 1);
      const next = tokenAt(tokens, i + 1);
      if (next && isPunct(next, '-') && next.gap === 0) continue; // half-time, half-brother
      if (prev && prev.type === 'word' && NOT_SHARE_BEFORE.has(prev.lower)) continue;
      if (isWord(next, 'a', 'an')) continue; // "half a million", "half an hour": read elsewhere
      const leftOk = prev !== undefined && prev.type === 'word' && HALF_LEFT.has(prev.lower);
      const rightOk = next !== undefined && next.gap === 1 && next.type === 'word' && HALF_RIGHT.has(next.lower);
      if (leftOk || rightOk) {
        atoms.push({ first: i, last: i, value: 50, form: 'fraction', bare: false, magnitude: 1, share: true, extractor: 'figures/fraction-words' });
      }
    }
  }
  return atoms;
}
