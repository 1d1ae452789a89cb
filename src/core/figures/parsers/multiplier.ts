// Multipliers written as one word: "doubled" (×2), "tripled", "quadrupled", "halved" (×0.5),
// "twice" (×2, "twice as many"), "threefold". "N times" and "N-fold" are units (see units/).

import { MAX_ATOMS, type Atom, type FigureScan } from '../model';
import { lookupTable } from '../../text/lookup-table';

const VERBS = lookupTable<number>({
  double: 2, doubled: 2, doubles: 2, doubling: 2,
  triple: 3, tripled: 3, triples: 3, tripling: 3, treble: 3, trebled: 3,
  quadruple: 4, quadrupled: 4, quadruples: 4, quadrupling: 4,
  halve: 0.5, halved: 0.5, halves: 0.5, halving: 0.5,
});
const ADVERBS = lookupTable<number>({ twice: 2, thrice: 3 });
const FOLD = lookupTable<number>({
  twofold: 2, threefold: 3, fourfold: 4, fivefold: 5, sixfold: 6, sevenfold: 7, eightfold: 8, ninefold: 9, tenfold: 10, hundredfold: 100,
});
// "double" and "triple" are also adjectives of things ("a double room", "triple-A"): only as verbs
// after a subject, so we require the inflected forms or "double the".
const AMBIGUOUS_BASE = new Set(['double', 'triple', 'quadruple', 'treble', 'halve', 'halves']);

export function parseMultipliers(scan: FigureScan): Atom[] {
  const { tokens } = scan;
  const atoms: Atom[] = [];
  for (let i = 0; i < tokens.length && atoms.length < MAX_ATOMS; i++) {
    const token = tokens[i]!;
    if (token.type !== 'word') continue;
    const w = token.lower;
    const next = tokens[i + 1];
    if (next && next.type === 'punct' && next.text === '-' && next.gap === 0) continue; // "double-digit"
    let value = VERBS[w];
    if (value !== undefined) {
      if (AMBIGUOUS_BASE.has(w) && !(next && next.lower === 'the')) continue;
      // "doubles down", "doubled as a venue": idioms, not amounts.
      if (next && ['down', 'up', 'as'].includes(next.lower) && value === 2) continue;
      atoms.push({ first: i, last: i, value, form: 'multiplier', bare: false, magnitude: 1, changeVerb: token.text, extractor: 'figures/multiplier' });
      continue;
    }
    value = ADVERBS[w] ?? FOLD[w];
    if (value !== undefined) {
      atoms.push({ first: i, last: i, value, form: 'multiplier', bare: false, magnitude: 1, extractor: 'figures/multiplier' });
    }
  }
  return atoms;
}
