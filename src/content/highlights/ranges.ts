import { collapsed, type MarkItem } from './items';
import { findInLive, indexLiveText, liveRange, type LiveText } from './live-text';

// Turns the sheet's items into live DOM Ranges: through the map first (exact, cheap),
// and, for items whose mapped nodes are gone or no longer hold the item's words (the page
// re-rendered its article), by finding the words again in the page's live text.

/** The way from the sheet's offsets to the page's text (a TextMap, or the background's map read live). */
export interface RangeMap {
  rangeFor(doc: Document, start: number, end: number): Range | null;
}

export interface PlacedItem {
  item: MarkItem;
  range: Range;
}

export interface RangeBuild {
  placed: PlacedItem[];
  /** Items found nowhere in the page (a caption the page dropped, say). */
  missing: MarkItem[];
  /** How many items were found again by their text rather than through the map. */
  refound: number;
}

/** A range still shows the item when its nodes are in the page and its words are the item's. */
export function rangeShows(range: Range, item: MarkItem): boolean {
  const { startContainer, endContainer } = range;
  if (range.collapsed || !startContainer.isConnected || !endContainer.isConnected) return false;
  // Within one text node (nearly every item), its data says the same as toString(), cheaper.
  const words = startContainer === endContainer && startContainer.nodeType === Node.TEXT_NODE
    ? (startContainer as Text).data.slice(range.startOffset, range.endOffset)
    : range.toString();
  // Most ranges hold the item's words exactly; collapsing white space is for the others.
  return words === item.text || collapsed(words) === collapsed(item.text);
}

/** A generator (for the slice runner) that fills `out` with a range for every item it can place. */
export function* buildRanges(
  doc: Document, sheetText: string, items: readonly MarkItem[], map: RangeMap | null, out: RangeBuild,
  skip?: Element | null,
): Generator<void> {
  const unplaced: MarkItem[] = [];
  const placed: PlacedItem[] = [];
  for (let index = 0; index < items.length; index++) {
    if (index % 32 === 31) yield;
    const item = items[index]!;
    const range = map?.rangeFor(doc, item.start, item.end) ?? null;
    if (range && rangeShows(range, item)) placed.push({ item, range });
    else unplaced.push(item);
  }
  let refound = 0;
  const missing: MarkItem[] = [];
  if (unplaced.length && doc.body) {
    const holder: { result: LiveText | null } = { result: null };
    yield* indexLiveText(doc.body, holder, skip);
    const live = holder.result!;
    let cursor = 0;
    for (let index = 0; index < unplaced.length; index++) {
      if (index % 16 === 15) yield;
      const item = unplaced[index]!;
      const span = findInLive(live, sheetText, item, cursor);
      const range = span ? liveRange(doc, live, span[0], span[1]) : null;
      if (span && range && rangeShows(range, item)) {
        placed.push({ item, range });
        cursor = span[0];
        refound++;
      } else missing.push(item);
    }
    placed.sort((a, b) => a.item.start - b.item.start);
  }
  out.placed = placed;
  out.missing = missing;
  out.refound = refound;
}
