// Numbers written in words: "three", "twenty-five", "one hundred and twenty", "a dozen",
// "two and a half", "half a million", "a thousand". Plurals ("dozens", "hundreds",
// "thousands") are vague amounts and stay out.

import { MAX_ATOMS, type Atom, type FigureScan } from '../model';
import type { Token } from '../lexer';
import { isPunct, isWord, tokenAt } from '../token-utils';
import { lookupTable } from '../../text/lookup-table';

export const UNIT_WORDS = lookupTable<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});
export const TENS_WORDS = lookupTable<number>({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
export const SCALE_WORDS = lookupTable<number>({
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
});

type Part = 'unit' | 'tens' | 'hundred' | 'scale' | 'dozen';

// Denominators: a number word before one is a fraction's numerator ("three quarters"), read by
// the fraction parser; after "and" one completes a mixed number ("two and a half").
export const FRACTION_DENOMINATORS = lookupTable<number>({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8,
  ninth: 9, ninths: 9, tenth: 10, tenths: 10, twentieth: 20, hundredth: 100, hundredths: 100, thousandth: 1000,
});
// Ordinal words: "twenty-first" is a rank, not twenty.
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth']);

function partOf(token: Token | undefined): Part | null {
  if (!token || token.type !== 'word') return null;
  const w = token.lower;
  if (w in UNIT_WORDS) return 'unit';
  if (w in TENS_WORDS) return 'tens';
  if (w === 'hundred') return 'hundred';
  if (w in SCALE_WORDS) return 'scale';
  if (w === 'dozen') return 'dozen';
  return null;
}

/** Reads a word number starting at `index`; null when there is none. */
export function readWordNumber(tokens: readonly Token[], index: number): { last: number; value: number } | null {
  let i = index;
  let total = 0;
  let current = 0;
  let previous: Part | null = null;
  let lastScale = Infinity;
  let last = -1;
  const start = tokens[index];
  if (!start) return null;
  // "a dozen", "a hundred", "a million"; "half a million", "half a dozen"
  if ((start.lower === 'a' || start.lower === 'an') && partOf(tokenAt(tokens, index + 1)) !== null && partOf(tokenAt(tokens, index + 1)) !== 'unit' && partOf(tokenAt(tokens, index + 1)) !== 'tens') {
    current = 1;
    previous = 'unit';
    i = index + 1;
  } else if ((start.lower === 'half' || start.lower === 'quarter') && partOf(tokenAt(tokens, index + 1)) === 'scale' && tokens[index + 1]!.gap === 1) {
    // "half million", "quarter million"
    current = start.lower === 'half' ? 0.5 : 0.25;
    previous = 'unit';
    i = index + 1;
  } else if ((start.lower === 'a' || start.lower === 'an') && isWord(tokenAt(tokens, index + 1), 'quarter', 'half') && partOf(tokenAt(tokens, index + 2)) === 'scale') {
    // "a quarter million", "a half million"
    current = tokens[index + 1]!.lower === 'half' ? 0.5 : 0.25;
    previous = 'unit';
    i = index + 2;
  } else if (start.lower === 'half' && isWord(tokenAt(tokens, index + 1), 'a') && (partOf(tokenAt(tokens, index + 2)) === 'scale' || partOf(tokenAt(tokens, index + 2)) === 'dozen' || partOf(tokenAt(tokens, index + 2)) === 'hundred')) {
    current = 0.5;
    previous = 'unit';
    i = index + 2;
  }
  for (;;) {
    const token = tokens[i];
    const part = partOf(token);
    if (!part || !token) break;
    const w = token.lower;
    if ((part === 'unit' || part === 'tens') && last >= 0 && isFractionAhead(tokens, i)) break;
    if (part === 'unit') {
      if (previous === 'unit' || (previous === 'tens' && current % 10 !== 0)) break;
      if (previous === 'tens' && UNIT_WORDS[w]! >= 10) break;
      current += UNIT_WORDS[w]!;
    } else if (part === 'tens') {
      if (previous === 'unit' || previous === 'tens') break;
      current += TENS_WORDS[w]!;
    } else if (part === 'hundred') {
      if (previous === 'hundred' || current >= 100) break;
      current = (current || 1) * 100;
    } else if (part === 'dozen') {
      current = (current || 1) * 12;
    } else {
      const scale = SCALE_WORDS[w]!;
      if (scale >= lastScale) break;
      total += (current || 1) * scale;
      current = 0;
      lastScale = scale;
    }
    previous = part;
    last = i;
    // Joiners: "twenty-five", "one hundred and five", "two million three hundred".
    const next = tokenAt(tokens, i + 1);
    if (isPunct(next, '-') && next!.gap === 0 && partOf(tokenAt(tokens, i + 2)) && tokens[i + 2]!.gap === 0) i += 2;
    else if (isWord(next, 'and') && next!.gap === 1 && (previous === 'hundred' || previous === 'scale') && (partOf(tokenAt(tokens, i + 2)) === 'unit' || partOf(tokenAt(tokens, i + 2)) === 'tens')) i += 2;
    else if (next && next.gap === 1 && partOf(next)) i += 1;
    else break;
  }
  if (last < 0) return null;
  let value = total + current;
  // "twenty-first": an ordinal.
  if (isPunct(tokenAt(tokens, last + 1), '-') && isWord(tokenAt(tokens, last + 2)) && ORDINALS.has(tokens[last + 2]!.lower)) return null;
  // "two and a half", "five and a quarter", "3 million and a half" (half of the last scale),
  // "six million and two thirds".
  if (isWord(tokenAt(tokens, last + 1), 'and')) {
    const numerator = tokenAt(tokens, last + 2);
    const den = tokenAt(tokens, last + 3);
    const n = numerator && (numerator.lower === 'a' || numerator.lower === 'an') ? 1 : numerator ? UNIT_WORDS[numerator.lower] : undefined;
    const d = den ? FRACTION_DENOMINATORS[den.lower] : undefined;
    if (n !== undefined && n > 0 && d !== undefined && n < d) {
      const unit = current === 0 && lastScale !== Infinity ? lastScale : 1;
      value += (n / d) * unit;
      last += 3;
      if (isWord(tokenAt(tokens, last + 1)) && SCALE_WORDS[tokens[last + 1]!.lower] !== undefined && current === 0 && lastScale !== Infinity) {
        // "one billion and a half million": the fraction is of the named scale.
        value = total + (n / d) * SCALE_WORDS[tokens[last + 1]!.lower]!;
        last += 1;
      }
    }
  }
  return { last, value };
}

function isFractionAhead(tokens: readonly Token[], index: number): boolean {
  let j = index + 1;
  if (isPunct(tokenAt(tokens, j), '-') && tokens[j]!.gap === 0) j++;
  const den = tokenAt(tokens, j);
  return den !== undefined && den.type === 'word' && FRACTION_DENOMINATORS[den.lower] !== undefined && den.lower !== 'second';
}

export function parseNumberWords(scan: FigureScan): Atom[] {
  const { tokens } = scan;
  const atoms: Atom[] = [];
  for (let i = 0; i < tokens.length && atoms.length < MAX_ATOMS; i++) {
    const token = tokens[i]!;
    if (token.type !== 'word') continue;
    const w = token.lower;
    if (!(w in UNIT_WORDS || w in TENS_WORDS || w === 'a' || w === 'an' || w === 'half' || w === 'quarter' || w === 'hundred' || w === 'dozen' || w in SCALE_WORDS)) continue;
    // "three quarters", "two-thirds": a fraction, read by the fraction parser.
    if ((w in UNIT_WORDS || w in TENS_WORDS) && isFractionAhead(tokens, i)) continue;
    // "thousand" on its own after digits is a magnitude ("3 thousand"), read there.
    if ((w in SCALE_WORDS || w === 'hundred') && tokenAt(tokens, i - 1)?.type === 'num') continue;
    if (w in SCALE_WORDS && tokenAt(tokens, i - 1)?.text === '-' && tokenAt(tokens, i - 2)?.type === 'num' && token.gap === 0) continue;
    // "F-one", "one-off", "one-third" (fractions are read by the fraction parser).
    const read = readWordNumber(tokens, i);
    if (!read) continue;
    let first = i;
    let value = read.value;
    if (isWord(tokenAt(tokens, i - 1), 'minus', 'negative') && token.gap === 1) {
      first = i - 1;
      value = -value;
    }
    atoms.push({ first, last: read.last, value, form: 'words', bare: false, magnitude: 1, extractor: 'figures/number-words' });
    i = read.last;
  }
  return atoms;
}
