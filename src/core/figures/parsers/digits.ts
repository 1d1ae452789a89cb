// Numbers written in digits: "11,000", "1.5", "3,000.25", and "1.000,5" where the page's language
// writes a decimal comma. Mixed numbers ("10 1/2", "2½") and simple fractions ("3/4") too.
// A digit run that fits no number pattern ("192.168.1.2", "1,2345") is an identifier: no atom.

import { MAX_ATOMS, type Atom, type FigureScan } from '../model';
import { isPunct, tokenAt } from '../token-utils';
import { lookupTable } from '../../text/lookup-table';

const POINT_DECIMAL = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const COMMA_DECIMAL = /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
// Denominators that print as fractions in news copy; "9/11" and "24/7" are not fractions.
const DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 10, 16]);
const VULGAR = lookupTable<number>({
  '½': 0.5, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 0.25, '¾': 0.75, '⅕': 0.2, '⅖': 0.4, '⅗': 0.6, '⅘': 0.8, '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875,
});
const DIGIT_LIMIT = 16; // beyond this, a digit run is a code, not an amount

export function parseDigitNumber(raw: string, decimalComma: boolean): number | null {
  if (raw.length > 40) return null;
  if (decimalComma) {
    if (!COMMA_DECIMAL.test(raw)) return null;
    return Number(raw.replace(/\./g, '').replace(',', '.'));
  }
  if (!POINT_DECIMAL.test(raw)) return null;
  const digits = raw.replace(/,/g, '');
  if (digits.replace('.', '').length > DIGIT_LIMIT) return null;
  return Number(digits);
}

/** "1/2" at `index` (numerator, slash, denominator, glued, a proper fraction): its value, or null. */
function mixedFraction(tokens: FigureScan['tokens'], index: number): number | null {
  const n = tokenAt(tokens, index);
  const slash = tokenAt(tokens, index + 1);
  const d = tokenAt(tokens, index + 2);
  if (n?.type !== 'num' || !isPunct(slash, '/') || slash!.gap !== 0 || d?.type !== 'num' || d.gap !== 0) return null;
  if (!/^\d$/.test(n.text) || !DENOMINATORS.has(Number(d.text)) || Number(n.text) >= Number(d.text)) return null;
  if (isPunct(tokenAt(tokens, index + 3), '/') && tokens[index + 3]!.gap === 0) return null;
  return Number(n.text) / Number(d.text);
}

export function parseDigits(scan: FigureScan): Atom[] {
  const { tokens } = scan;
  const atoms: Atom[] = [];
  for (let i = 0; i < tokens.length && atoms.length < MAX_ATOMS; i++) {
    const token = tokens[i]!;
    if (token.type !== 'num') {
      const vulgar = VULGAR[token.text];
      if (vulgar !== undefined && !(tokenAt(tokens, i - 1)?.type === 'num' && token.gap === 0)) {
        atoms.push({ first: i, last: i, value: vulgar * 100, form: 'fraction', bare: false, magnitude: 1, share: true, extractor: 'figures/digits' });
      }
      continue;
    }
    const value = parseDigitNumber(token.text, scan.decimalComma);
    if (value === null) continue;
    let last = i;
    let result = value;
    let form: Atom['form'] = 'digits';
    let share = false;
    const next = tokenAt(tokens, i + 1);
    // "2½"
    if (next && next.gap === 0 && VULGAR[next.text] !== undefined) {
      result += VULGAR[next.text]!;
      last = i + 1;
    } else if (isPunct(next, '/') && next!.gap === 0) {
      // "3/4": a fraction only when nothing else is slashed on ("1/11/2025" belongs to the dates step).
      const denominator = tokenAt(tokens, i + 2);
      const after = tokenAt(tokens, i + 3);
      const isDateLike = isPunct(after, '/', '-') && after!.gap === 0;
      if (denominator?.type === 'num' && denominator.gap === 0 && /^\d{1,2}$/.test(denominator.text) && /^\d{1,2}$/.test(token.text) && !isDateLike) {
        const d = Number(denominator.text);
        if (DENOMINATORS.has(d) && value < d && value > 0) {
          result = (value / d) * 100;
          form = 'fraction';
          share = true;
          last = i + 2;
        } else {
          i += 2;
          continue;
        }
      } else {
        // "24/7", "1/11/2025", "2023/24": not a number we read.
        let j = i;
        while (j + 2 < tokens.length && isPunct(tokens[j + 1], '/') && tokens[j + 1]!.gap === 0 && tokens[j + 2]!.type === 'num' && tokens[j + 2]!.gap === 0) j += 2;
        i = j;
        continue;
      }
    } else if (isPunct(next, '-') && next!.gap === 0 && /^\d+$/.test(token.text) && mixedFraction(tokens, i + 2) !== null && tokens[i + 2]!.gap === 0) {
      // "1-1/2 years": a whole number and a fraction joined by a hyphen, as US copy prints them.
      result += mixedFraction(tokens, i + 2)!;
      last = i + 4;
    } else if (next?.type === 'num' && next.gap === 1 && isPunct(tokenAt(tokens, i + 2), '/')) {
      // "10 1/2"
      const n = Number(next.text);
      const slash = tokens[i + 2]!;
      const den = tokenAt(tokens, i + 3);
      if (slash.gap === 0 && den?.type === 'num' && den.gap === 0 && DENOMINATORS.has(Number(den.text)) && n < Number(den.text) && /^\d+$/.test(token.text)) {
        result += n / Number(den.text);
        last = i + 3;
      }
    }
    let first = i;
    const dot = tokenAt(tokens, i - 1);
    // ".25": a leading decimal point after a space.
    if (isPunct(dot, '.') && token.gap === 0 && (i === 1 || dot!.gap > 0) && last === i && /^\d+$/.test(token.text)) {
      result = Number(`0.${token.text}`);
      first = i - 1;
    }
    // "-5 degrees": a minus sign glued to the number, after a space or at the start.
    const before = tokenAt(tokens, first - 1);
    if (isPunct(before, '-', '−') && tokens[first]!.gap === 0 && (first - 1 === 0 || before!.gap > 0) && tokenAt(tokens, first - 2)?.type !== 'num') {
      result = -result;
      first -= 1;
    } else if (before && before.type === 'word' && (before.lower === 'minus' || before.lower === 'negative') && tokens[first]!.gap === 1) {
      result = -result;
      first -= 1;
    } else if (isPunct(before, '-') && before!.gap === 0 && tokens[first]!.gap === 0 && ['minus', 'negative'].includes(tokenAt(tokens, first - 2)?.lower ?? '')) {
      // "minus-260 degrees", "a minus-1.4 degree angle"
      result = -result;
      first -= 2;
    }
    atoms.push({
      first,
      last,
      value: result,
      form,
      bare: form === 'digits' && last === i && /^\d+$/.test(token.text),
      magnitude: 1,
      share: share || undefined,
      extractor: form === 'fraction' ? 'figures/fraction' : 'figures/digits',
    });
    i = last;
  }
  return atoms;
}
