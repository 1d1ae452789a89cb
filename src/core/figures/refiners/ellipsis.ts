// A number whose unit was said once for two: "84.75 cents, while the lowest is 74.07", "68,400
// people … and 95,800 who", "rose to 3.9 million headsets, up from 2.4 million", "from 4.8 to 4.7
// percent", "a 7- or 8-inch screen", "four-, five- and six-cylinder engines". A bare number (no unit,
// no noun) takes the unit of a figure beside it in the same sentence when the two are of a size
// (within a factor of 20), the way a reader carries the unit over. Runs after the drops, so years,
// identifiers and scores are gone by then.

import type { FigureScan, Quantity } from '../model';
import { isPunct, isWord, tokenAt } from '../token-utils';

const MAX_DISTANCE = 16;
const MAX_RATIO = 20;
const LOOK_BACK = 3;
const PARALLEL = new Set(['to', 'from', 'at', 'and', 'or', 'is', 'was', 'were', 'are', 'of', 'than', 'while', 'with', 'vs', 'versus', 'against', 'by']);
const CARRIED = new Set(['count', 'money', 'measure', 'percent', 'percentage-points', 'duration']);

function ofASize(a: number, b: number): boolean {
  const x = Math.abs(a);
  const y = Math.abs(b);
  if (x === 0 || y === 0) return false;
  return Math.max(x, y) / Math.min(x, y) <= MAX_RATIO;
}

/** No sentence end or block break between two tokens. */
function sameClauseRun(tokens: FigureScan['tokens'], from: number, to: number): boolean {
  if (to - from > MAX_DISTANCE) return false;
  for (let i = from + 1; i <= to; i++) {
    const token = tokens[i]!;
    if (token.gap === 2 || isPunct(token, '.', '!', '?', ':')) return false;
  }
  return true;
}

function carry(q: Quantity, from: Quantity): void {
  q.kind = from.kind;
  q.unit = from.unit;
  if (from.kind === 'count') q.counts = from.counts;
  q.extractor = 'figures/ellipsis';
  q.confidence = 0.6;
}

export function carryUnits(scan: FigureScan, quantities: Quantity[]): Quantity[] {
  const { tokens } = scan;
  quantities.forEach((q, k) => {
    if (q.kind !== 'number' || q.unit !== null || q.vague) return;
    const head = q.atoms[0]!;
    if (head.form !== 'digits' && head.form !== 'words') return;
    // Forward: "7- or 8-inch", "four-, five- and six-cylinder", "from 4.8 to 4.7 percent".
    const next = quantities[k + 1];
    const dangling = isPunct(tokenAt(tokens, q.last + 1), '-') && tokens[q.last + 1]!.gap === 0;
    if (next && next.unit !== null && CARRIED.has(next.kind) && !next.vague) {
      const between = next.first - q.last - 1;
      if (dangling && between <= 4 && (isWord(tokenAt(tokens, next.first - 1), 'or', 'and', 'to') || isPunct(tokenAt(tokens, next.first - 1), ','))) { carry(q, next); return; }
      if (!dangling && between === 1 && isWord(tokenAt(tokens, q.last + 1), 'to', 'or') && next.kind !== 'count' && ofASize(q.low, next.low)) { carry(q, next); return; }
    }
    // "four-, five- and six-cylinder": a dangling number before another dangling one.
    if (dangling && next && next.kind === 'number' && isPunct(tokenAt(tokens, next.last + 1), '-')) {
      const target = quantities.slice(k + 2, k + 4).find((x) => x.unit !== null && x.first - q.last <= 8);
      if (target) { carry(q, target); return; }
    }
    // Backward: only in a parallel slot ("up from 2.4 million", "the lowest is 74.07", "and 95,800
    // who"), never a list number ("1) explains") or a number that opens something new.
    const before = tokenAt(tokens, q.first - 1);
    const after = tokenAt(tokens, q.last + 1);
    if (!(isPunct(before, ',') || (before?.type === 'word' && PARALLEL.has(before.lower))) || isPunct(after, ')')) return;
    // Backward: the nearest figure of a size with a unit, a few figures back at most.
    for (let j = k - 1; j >= 0 && j >= k - LOOK_BACK; j--) {
      const p = quantities[j]!;
      if (!sameClauseRun(tokens, p.last, q.first)) break;
      if (p.unit === null || !CARRIED.has(p.kind) || p.vague || p.range && !ofASize(p.high, q.low)) continue;
      if (!ofASize(p.low, q.low)) continue;
      // "rose 8.15% to 3.65": after a change in percent, "to"/"at" gives a level (a price), not a percent.
      if ((p.kind === 'percent' || p.kind === 'percentage-points') && isWord(tokenAt(tokens, q.first - 1), 'to', 'at')) break;
      carry(q, p);
      return;
    }
  });
  return quantities;
}
