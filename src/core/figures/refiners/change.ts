// Change and its direction: "rose 5%", "fell by 3 points", "up 2.1%", "a 5% increase",
// "climbed from 10 to 12" (the first figure), "doubled" (set by the multiplier parser).

import type { FigureScan, Quantity } from '../model';
import { isWord, tokenAt } from '../token-utils';

const UP = ['rose', 'rise', 'rises', 'rising', 'risen', 'increased', 'increase', 'increases', 'increasing', 'grew', 'grow', 'grows', 'growing', 'grown',
  'jumped', 'jump', 'jumps', 'climbed', 'climb', 'climbs', 'gained', 'gain', 'gains', 'surged', 'surge', 'surges', 'soared', 'soar', 'soars',
  'advanced', 'rallied', 'spiked', 'raised', 'raise', 'raises', 'boosted', 'boost', 'expanded', 'added', 'up', 'higher', 'widened', 'accelerated', 'swelled', 'hiked'];
const DOWN = ['fell', 'fall', 'falls', 'falling', 'fallen', 'dropped', 'drop', 'drops', 'declined', 'decline', 'declines', 'decreased', 'decrease', 'decreases',
  'slid', 'slide', 'slides', 'slipped', 'slip', 'sank', 'sink', 'plunged', 'plunge', 'plunges', 'tumbled', 'tumble', 'lost', 'lose', 'loses', 'shed', 'sheds',
  'cut', 'cuts', 'slashed', 'dipped', 'dip', 'eased', 'contracted', 'shrank', 'shrunk', 'shrink', 'down', 'lower', 'lowered', 'reduced', 'reduce', 'narrowed',
  'plummeted', 'slumped', 'retreated', 'weakened', 'crashed', 'dived', 'dove', 'trimmed', 'shaved'];
export const CHANGE_VERBS = new Set([...UP, ...DOWN]);
const UP_SET = new Set(UP);
// Nouns after the figure: "a 5% increase", "a 3 point drop".
const NOUN_UP = new Set(['increase', 'rise', 'gain', 'jump', 'growth', 'hike', 'surge', 'climb', 'boost', 'uptick', 'spike', 'higher']);
const NOUN_DOWN = new Set(['decrease', 'decline', 'drop', 'fall', 'cut', 'reduction', 'loss', 'slump', 'dip', 'plunge', 'lower', 'contraction', 'downturn']);
// Words that may stand between the verb and the figure.
const SKIP = new Set(['by', 'about', 'around', 'nearly', 'almost', 'roughly', 'some', 'more', 'than', 'over', 'as', 'much', 'many', 'to', 'a', 'further', 'another', 'an', 'estimated', 'just', 'only', 'least', 'at', 'approximately']);

export function attachChange(scan: FigureScan, quantities: Quantity[]): Quantity[] {
  const { tokens } = scan;
  for (const q of quantities) {
    if (q.change || q.kind === 'age') continue;
    let i = q.first - 1;
    let steps = 0;
    while (i >= 0 && steps < 4 && tokens[i]!.type === 'word' && SKIP.has(tokens[i]!.lower) && tokens[i + 1]!.gap < 2) { i--; steps++; }
    // "up to 50 percent" is a ceiling, not a change.
    const verb = tokenAt(tokens, i);
    if (verb && verb.type === 'word' && CHANGE_VERBS.has(verb.lower) && tokens[i + 1]!.gap < 2) {
      const isUpTo = verb.lower === 'up' && isWord(tokenAt(tokens, i + 1), 'to');
      const isFromTo = isWord(tokenAt(tokens, i + 1), 'to'); // "rose to 7%": a level, not a change
      if (!isUpTo && !isFromTo && !(verb.lower === 'down' && isWord(tokenAt(tokens, i + 1), 'to'))) {
        q.change = { direction: UP_SET.has(verb.lower) ? 'up' : 'down', verb: verb.text };
        continue;
      }
    }
    const after = tokenAt(tokens, q.last + 1);
    if (after && after.type === 'word' && after.gap === 1 && (q.kind === 'percent' || q.kind === 'percentage-points' || q.kind === 'money' || q.kind === 'measure')) {
      if (NOUN_UP.has(after.lower)) q.change = { direction: 'up', verb: after.text };
      else if (NOUN_DOWN.has(after.lower)) q.change = { direction: 'down', verb: after.text };
    }
  }
  return quantities;
}
