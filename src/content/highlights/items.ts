import type { HighlightKind } from '../../shared/settings';
import type { MarkKind, SheetMarks } from '../../shared/sheet-marks';

// The spans of a fact sheet that can be highlighted in the page, in text order.

export type { MarkKind };

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
export function markItems({ text, spans }: SheetMarks, kinds: ReadonlySet<MarkKind>): MarkItem[] {
  const items: MarkItem[] = [];
  for (const { kind, id, start, end } of spans) {
    if (kinds.has(kind) && end > start && end <= text.length) items.push({ kind, id, start, end, text: text.slice(start, end) });
  }
  return items.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The same text, white space collapsed: how the sheet and a live range are compared. */
export { collapseWhitespace as collapsed } from '../../core/text/normalize';
