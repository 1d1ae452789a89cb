// Qualifiers before a figure ("about", "nearly", "up to", "more than", "at least", "fewer
// than", "roughly") and after it ("or more", "or so"). They widen the figure's text; the
// value stays the printed number ("up to 50 percent" is 50).

import type { FigureScan, Quantity } from '../model';
import type { Qualifier } from '../../types';
import { isWord, phraseBefore, phrases, tokenAt } from '../token-utils';
import { lookupTable } from '../../text/lookup-table';

const BEFORE = lookupTable<Qualifier>({
  about: 'about', around: 'about', approximately: 'about', approx: 'about', roughly: 'about', some: 'about',
  'an estimated': 'about', estimated: 'about', 'in the region of': 'about', 'on the order of': 'about', circa: 'about', '~': 'about',
  nearly: 'nearly', almost: 'nearly', 'close to': 'nearly', 'just under': 'nearly', 'just shy of': 'nearly', 'not quite': 'nearly',
  'up to': 'up-to', 'as many as': 'up-to', 'as much as': 'up-to', 'as high as': 'up-to',
  'more than': 'more-than', over: 'more-than', above: 'more-than', 'upwards of': 'more-than', 'in excess of': 'more-than',
  'just over': 'more-than', 'north of': 'more-than', 'greater than': 'more-than', 'higher than': 'more-than', exceeding: 'more-than',
  'at least': 'at-least', 'no fewer than': 'at-least', 'no less than': 'at-least', 'a minimum of': 'at-least', 'not less than': 'at-least',
  'fewer than': 'less-than', 'less than': 'less-than', under: 'less-than', below: 'less-than', 'lower than': 'less-than', 'smaller than': 'less-than',
  'at most': 'at-most', 'no more than': 'at-most', 'a maximum of': 'at-most', 'not more than': 'at-most', 'as few as': 'at-most', 'as little as': 'at-most',
  exactly: 'exactly', precisely: 'exactly', 'a total of': 'exactly', 'just': 'exactly',
  'larger than': 'more-than', 'bigger than': 'more-than', 'greater than or equal to': 'at-least', 'more than or equal to': 'at-least',
  'higher or equal than': 'at-least', 'bigger or equal than': 'at-least', 'larger or equal than': 'at-least', 'greater or equal than': 'at-least',
  'less than or equal to': 'at-most', 'fewer than or equal to': 'at-most', 'smaller or equal than': 'at-most', 'less or equal than': 'at-most',
  'lower or equal than': 'at-most', 'at least or equal to': 'at-least', 'equal to': 'exactly',
  '>': 'more-than', '<': 'less-than', '≥': 'at-least', '≤': 'at-most', '> =': 'at-least', '< =': 'at-most', '>=': 'at-least', '<=': 'at-most',
});
const LIST = phrases(Object.keys(BEFORE));

export function attachQualifiers(scan: FigureScan, quantities: Quantity[]): Quantity[] {
  const { tokens } = scan;
  for (const q of quantities) {
    let index = q.first;
    // "between 5 and 10", "from one-third to 50 percent": the qualifier sits before the opener.
    if (q.range && isWord(tokenAt(tokens, index - 1), 'between', 'from')) index--;
    const found = phraseBefore(tokens, index, LIST);
    if (found) {
      const qualifier = BEFORE[found.phrase.join(' ')]!;
      // "over five years" is a span of time, not "more than".
      const temporal = q.kind === 'duration' && (found.phrase[0] === 'over' || found.phrase[0] === 'under');
      // "just" qualifies only when it sharpens a number ("just 12 people"), and we keep it out of the value.
      if (!temporal && !(found.phrase[0] === 'some' && q.kind === 'duration')) {
        // "just 12" sharpens, "equal to 5" restates: both stay out of the qualifier.
        q.qualifier = qualifier === 'exactly' && (found.phrase[0] === 'just' || found.phrase[0] === 'equal') ? undefined : qualifier;
        if (q.qualifier) q.first = found.first;
      }
    }
    const after = tokenAt(tokens, q.last + 1);
    if (isWord(after, 'or') && after!.gap === 1) {
      const word = tokenAt(tokens, q.last + 2);
      if (isWord(word, 'more', 'above', 'higher', 'greater', 'over')) { q.qualifier ??= 'at-least'; q.last += 2; }
      else if (isWord(word, 'so')) { q.qualifier ??= 'about'; q.last += 2; }
      else if (isWord(word, 'less', 'fewer', 'below', 'lower', 'under')) { q.qualifier ??= 'at-most'; q.last += 2; }
    }
  }
  return quantities;
}

const LOWER_BOUNDS = new Set<Qualifier>(['more-than', 'at-least']);
const UPPER_BOUNDS = new Set<Qualifier>(['less-than', 'at-most', 'up-to']);

/**
 * "more than 100 and less than 300", "at most 100 and at least 20": two bounds joined by "and" or
 * "but" are one range.
 */
export function mergeBounds(scan: FigureScan, quantities: Quantity[]): Quantity[] {
  const { tokens } = scan;
  const out: Quantity[] = [];
  for (let k = 0; k < quantities.length; k++) {
    const a = quantities[k]!;
    const b = quantities[k + 1];
    const joiner = tokenAt(tokens, a.last + 1);
    const bounds = b && a.qualifier && b.qualifier && !a.range && !b.range && b.first === a.last + 2 && isWord(joiner, 'and', 'but') && joiner!.gap === 1
      && ((LOWER_BOUNDS.has(a.qualifier) && UPPER_BOUNDS.has(b.qualifier)) || (UPPER_BOUNDS.has(a.qualifier) && LOWER_BOUNDS.has(b.qualifier)))
      && (a.unit === null || b.unit === null || a.unit === b.unit);
    if (!bounds) { out.push(a); continue; }
    const low = Math.min(a.low, b!.low);
    const high = Math.max(a.high, b!.high);
    if (!(low < high)) { out.push(a); continue; }
    out.push({ ...a, last: b!.last, atoms: [...a.atoms, ...b!.atoms], low, high, range: true, qualifier: undefined, unit: a.unit ?? b!.unit, kind: a.unit ? a.kind : b!.kind, counts: a.counts ?? b!.counts, extractor: 'figures/range' });
    k++;
  }
  return out;
}
