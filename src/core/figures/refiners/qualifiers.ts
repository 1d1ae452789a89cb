// Qualifiers before a figure ("about", "nearly", "up to", "more than", "at least", "fewer
// than", "roughly") and after it ("or more", "or so"). They widen the figure's text; the
// value stays the printed number ("up to 50 percent" is 50).

import type { FigureScan, Quantity } from '../model';
import type { Qualifier } from '../../types';
import { isWord, phraseBefore, phrases, tokenAt } from '../token-utils';

const BEFORE: Record<string, Qualifier> = {
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
};
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
        q.qualifier = qualifier === 'exactly' && found.phrase[0] === 'just' ? undefined : qualifier;
        if (q.qualifier) q.first = found.first;
      }
    }
    const after = tokenAt(tokens, q.last + 1);
    if (isWord(after, 'or') && after!.gap === 1) {
      const word = tokenAt(tokens, q.last + 2);
      if (isWord(word, 'more', 'above', 'higher')) { q.qualifier ??= 'at-least'; q.last += 2; }
      else if (isWord(word, 'so')) { q.qualifier ??= 'about'; q.last += 2; }
      else if (isWord(word, 'less', 'fewer', 'below')) { q.qualifier ??= 'at-most'; q.last += 2; }
    }
  }
  return quantities;
}
