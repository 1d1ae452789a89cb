// Joins two quantities into a range: "11,000 to 12,000 troops", "between 5 and 10 million",
// "33–50%", "from one-third to 50 percent", "$5-$10 million". The left end borrows the right
// end's unit and magnitude. "rose from 5% to 7%" is a change between two figures: no range.

import type { FigureScan, Quantity } from '../model';
import { isWord, tokenAt } from '../token-utils';
import { CHANGE_VERBS } from './change';

const CONNECTORS = new Set(['to', 'through', 'thru', '-', '–', '—', 'and', 'or']);

export function mergeRanges(scan: FigureScan, quantities: Quantity[]): Quantity[] {
  const { tokens } = scan;
  const out: Quantity[] = [];
  for (let k = 0; k < quantities.length; k++) {
    const a = quantities[k]!;
    const b = quantities[k + 1];
    const merged = b ? tryMerge(tokens, a, b) : null;
    if (merged) {
      out.push(merged);
      k++;
    } else {
      out.push(a);
    }
  }
  return out;
}

function tryMerge(tokens: FigureScan['tokens'], a: Quantity, b: Quantity): Quantity | null {
  if (a.range || b.range) return null;
  if (b.first !== a.last + 2) return null;
  const connector = tokens[a.last + 1]!;
  if (!CONNECTORS.has(connector.lower) || connector.gap === 2 || tokens[b.first]!.gap === 2) return null;
  const opener = tokenAt(tokens, a.first - 1);
  const word = connector.lower;
  if (word === 'and' && !isWord(opener, 'between')) return null;
  // "two or three", "5 or 6 points": close numbers joined by "or" are a range; "5 or 50" is a choice.
  if (word === 'or' && !(a.low > 0 && b.low > a.low && b.low <= a.low * 3)) return null;
  if (isWord(opener, 'from') && CHANGE_VERBS.has(tokenAt(tokens, a.first - 2)?.lower ?? '')) return null;
  if (isWord(opener, 'from') && isWord(tokenAt(tokens, a.first - 2), 'by')) return null;
  if (word === 'to' && CHANGE_VERBS.has(opener?.lower ?? '')) return null;
  // A hyphen between numbers is a range only when spaced evenly ("5-10", "5 - 10"), not "-5".
  if ((word === '-' || word === '–') && connector.gap !== tokens[b.first]!.gap && !(b.first > 0 && b.kind === 'money')) return null;
  if (a.kind === 'multiplier' || b.kind === 'multiplier' || a.kind === 'ratio' || b.kind === 'ratio') return null;
  // "rose 60% in 2018 to 3.9 million": a year is no range's end unless both ends are years.
  if ((yearLike(tokens, a) && !bareWhole(tokens, b)) || (yearLike(tokens, b) && !bareWhole(tokens, a))) return null;
  // "down by 30 to 126": after "by", "to" gives the new level, not a range's far end.
  if (isWord(opener, 'by') && b.high > 3 * a.low) return null;

  let low = a.low;
  const high = b.high;
  let kind = a.kind;
  let unit = a.unit;
  if (a.unit === null && a.kind === 'number') {
    kind = b.kind;
    unit = b.unit;
    const magnitude = b.atoms[0]!.magnitude;
    if (a.atoms[0]!.magnitude === 1 && magnitude > 1 && a.low < b.high / magnitude) low = a.low * magnitude;
  } else if (b.unit !== null && b.unit !== a.unit) {
    // one-third (a share) to 50 percent: both percentages.
    if (!(a.unit === 'percent' && b.kind === 'percent')) return null;
    kind = 'percent';
  } else if (a.kind === 'money' && b.unit === null) {
    const magnitude = a.atoms[0]!.magnitude;
    if (magnitude > 1 && b.atoms[0]!.magnitude === 1 && b.low < a.low / magnitude) return null;
  }
  // "$5-10 million", "$5 to $10 million": the left end borrows the right end's magnitude.
  const magnitude = b.atoms[0]!.magnitude;
  if (low === a.low && a.atoms[0]!.magnitude === 1 && magnitude > 1 && a.low < b.high / magnitude && a.atoms[0]!.form !== 'fraction') {
    low = a.low * magnitude;
  }
  if (!(low < high)) return null;
  return {
    first: a.first, last: b.last, atoms: [...a.atoms, ...b.atoms], low, high, range: true,
    kind: kind === 'number' && b.kind !== 'number' ? b.kind : kind, unit: unit ?? b.unit, counts: null,
    extractor: 'figures/range', confidence: Math.min(a.confidence, b.confidence),
  };
}



function yearLike(tokens: FigureScan['tokens'], q: Quantity): boolean {
  const atom = q.atoms[0]!;
  return q.atoms.length === 1 && atom.bare && q.unit === null && /^\d{4}$/.test(tokens[atom.first]!.text) && atom.value >= 1500 && atom.value <= 2100;
}

function bareWhole(tokens: FigureScan['tokens'], q: Quantity): boolean {
  return q.atoms.length === 1 && q.atoms[0]!.bare && /^\d{3,4}$/.test(tokens[q.atoms[0]!.first]!.text);
}
