// What a figure counts, said for a reader (the hover card's "Counts" line): the counted phrase,
// with the noun counted first when the phrase's head is another ("pages, in 12 page document"),
// nothing when the reading is an adjective or a verb, and a word on vague magnitudes.

import type { Figure } from '../types';
import { readsAsNoun } from './refiners/noun-phrase';

export function countsLine(figure: Figure): string | null {
  const counts = figure.counts?.trim() || null;
  const last = counts?.split(/\s+/).pop() ?? '';
  const plain = counts && readsAsNoun(last) ? counts : null;
  let line = plain;
  if (plain && figure.kind === 'count' && figure.unit && !plain.toLowerCase().endsWith(figure.unit.toLowerCase())) {
    line = `${figure.unit} (${plain})`;
  }
  if (figure.vague) line = line ? `${line}; a vague amount` : 'a vague amount';
  return line;
}
