import type { FactSheet } from '../../core/types';
import type { HighlightKind } from '../../shared/settings';
import type { ItemKind } from '../../shared/messages';

// The spans of a fact sheet that can be highlighted in the page, in text order.

export type MarkKind = Extract<ItemKind, 'figure' | 'date' | 'quote'>;

export interface MarkItem {
  kind: MarkKind;
  id: string;
  start: number;
  end: number;
  /** The words as the sheet has them (white space collapsed), to check a live range against. */
  text: string;
}

const KIND_OF_SETTING: Record<HighlightKind, MarkKind> = { figures: 'figure', dates: 'date', quotes: 'quote' };

export function kindsFromSettings(kinds: readonly HighlightKind[]): Set<MarkKind> {
  return new Set(kinds.map((kind) => KIND_OF_SETTING[kind]));
}

/** The items of the chosen kinds, sorted by position; the text of each is the sheet's own slice. */
export function markItems(sheet: FactSheet, kinds: ReadonlySet<MarkKind>): MarkItem[] {
  const items: MarkItem[] = [];
  const add = (kind: MarkKind, list: readonly { id: string; start: number; end: number }[]): void => {
    if (!kinds.has(kind)) return;
    for (const { id, start, end } of list) {
      if (end > start && end <= sheet.text.length) items.push({ kind, id, start, end, text: sheet.text.slice(start, end) });
    }
  };
  add('figure', sheet.figures);
  add('date', sheet.dates);
  add('quote', sheet.quotes);
  return items.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The same text, white space collapsed: how the sheet and a live range are compared. */
export { collapseWhitespace as collapsed } from '../../core/text/normalize';
