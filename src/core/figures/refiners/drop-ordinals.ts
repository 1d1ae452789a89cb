// Ordinals and ranks are not amounts: "3rd", "21st", "No. 1", "#1", "top 10", "ranked 5th".
// "the top 10 percent" stays: a percentage is an amount whatever word comes before it.

import type { FigureScan, Quantity } from '../model';
import { isPunct, isWord, tokenAt } from '../token-utils';

const SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
const RANK_WORDS = new Set(['top', 'rank', 'ranked', 'ranks', 'ranking', 'no', 'number', 'nos', 'bottom', 'placed', 'seeded', 'seed']);

export function dropOrdinals(scan: FigureScan, quantities: Quantity[]): Quantity[] {
  const { tokens } = scan;
  return quantities.filter((q) => {
    for (const atom of q.atoms) {
      const next = tokenAt(tokens, atom.last + 1);
      if (atom.form === 'digits' && next && next.type === 'word' && next.gap === 0 && SUFFIXES.has(next.lower)) return false;
    }
    if (q.kind === 'percent' || q.kind === 'money' || q.kind === 'percentage-points' || q.kind === 'measure') return true;
    const first = q.atoms[0]!;
    let prev = tokenAt(tokens, first.first - 1);
    if (isPunct(prev, '.') && prev!.gap === 0) prev = tokenAt(tokens, first.first - 2); // "No. 1"
    if (isPunct(prev, '#') && tokens[first.first]!.gap === 0) return false;
    if (prev && prev.type === 'word' && RANK_WORDS.has(prev.lower)) {
      // "number 10" is a rank; "a number of" never reaches here. "No" needs a capital or a full stop.
      if (prev.lower === 'no' && prev.text === 'no' && !isPunct(tokenAt(tokens, first.first - 1), '.')) return true;
      if (prev.lower === 'top' && isWord(tokenAt(tokens, first.first - 2), 'the', 'a') && q.kind === 'count' && q.atoms[0]!.form === 'words') return true;
      return false;
    }
    return true;
  });
}
