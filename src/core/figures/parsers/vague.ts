// Vague magnitudes: "dozens of people", "hundreds of miles", "millions of Americans", "tens of
// millions of dollars", "hundreds of thousands of". A plural magnitude spans one to ten of its unit
// ("millions" = 1–10 million), except that "dozens" is at least two dozen: 24–120 ("a dozen" is
// its own number word; CQE's NewsQuant reads 12–120, which costs a point there on such sentences);
// "tens of" and "hundreds of" before another magnitude multiply it. The atom ends on "of", so the unit or noun
// after it is read as after any number ("of dollars" is money, "of people" a count).

import { MAX_ATOMS, type Atom, type FigureScan } from '../model';
import { isWord, tokenAt } from '../token-utils';

/** The low and high ends of a plural magnitude. (Maps, not objects: a page's word "constructor" is no key.) */
const PLURALS = new Map<string, [number, number]>([
  ['dozens', [24, 120]], ['hundreds', [100, 1e3]], ['thousands', [1e3, 1e4]], ['millions', [1e6, 1e7]], ['billions', [1e9, 1e10]], ['trillions', [1e12, 1e13]],
]);
const SCALES = new Map<string, number>([['thousands', 1e3], ['millions', 1e6], ['billions', 1e9], ['trillions', 1e12]]);

export function parseVague(scan: FigureScan): Atom[] {
  const { tokens } = scan;
  const atoms: Atom[] = [];
  for (let i = 0; i < tokens.length && atoms.length < MAX_ATOMS; i++) {
    const token = tokens[i]!;
    if (token.type !== 'word') continue;
    const w = token.lower;
    const first = i;
    let low: number | undefined;
    let high: number | undefined;
    let last = i;
    if ((w === 'tens' || w === 'hundreds') && isWord(tokenAt(tokens, i + 1), 'of') && SCALES.has(tokenAt(tokens, i + 2)?.lower ?? '')) {
      // "tens of millions", "hundreds of thousands"
      low = (w === 'tens' ? 10 : 100) * SCALES.get(tokens[i + 2]!.lower)!;
      high = low * 10;
      last = i + 2;
    } else if (PLURALS.has(w)) {
      [low, high] = PLURALS.get(w)!;
    }
    if (low === undefined || high === undefined) continue;
    const of = tokenAt(tokens, last + 1);
    // Only "dozens of …": a bare plural ("the thousands who marched") is left out, as the guidelines allow.
    if (!isWord(of, 'of') || of!.gap !== 1 || tokenAt(tokens, last + 2)?.gap !== 1) { i = last; continue; }
    atoms.push({ first, last: last + 1, value: low, form: 'vague', bare: false, magnitude: 1, vague: { low, high }, extractor: 'figures/vague' });
    i = last + 1;
  }
  return atoms;
}
