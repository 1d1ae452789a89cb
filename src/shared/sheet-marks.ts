import type { FactSheet } from '../core/types';
import type { ItemKind } from './messages';

// What the page needs at once to highlight a fact sheet: the analysed text and where each
// figure, date and quote lies in it. The background sends this beside the whole sheet, which
// travels as JSON text and is parsed only when a card or the panel needs it: a long article's
// sheet is hundreds of kilobytes of objects the page would otherwise build (and collect) for
// nothing.

export type MarkKind = Extract<ItemKind, 'figure' | 'date' | 'quote'>;

export interface MarkSpan {
  kind: MarkKind;
  id: string;
  start: number;
  end: number;
}

export interface SheetMarks {
  text: string;
  spans: MarkSpan[];
  /** How many figures the sheet has (the toolbar badge). */
  figureCount: number;
}

export function sheetMarks(sheet: FactSheet): SheetMarks {
  const spans: MarkSpan[] = [];
  const add = (kind: MarkKind, list: readonly { id: string; start: number; end: number }[]): void => {
    for (const { id, start, end } of list) spans.push({ kind, id, start, end });
  };
  add('figure', sheet.figures);
  add('date', sheet.dates);
  add('quote', sheet.quotes);
  return { text: sheet.text, spans, figureCount: sheet.figures.length };
}
