import type { PlacedItem } from './ranges';

// Which highlighted item is under the pointer. The caret position at the point
// (caretPositionFromPoint, or WebKit's caretRangeFromPoint) narrows the search to the items whose
// range holds that text position; the item's line boxes then confirm that the pointer is on the
// words themselves, not in the margin beside a line (where the caret snaps to the line's end).

export interface Caret {
  node: Node;
  offset: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Pixels around a line box that still count as on it (the gap between glyphs and lines). */
const SLOP = 2;

export function caretAt(doc: Document, x: number, y: number): Caret | null {
  const withPosition = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const position = withPosition.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof withPosition.caretRangeFromPoint === 'function') {
    const range = withPosition.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

export function boxContains(box: Box, x: number, y: number, slop = SLOP): boolean {
  return x >= box.left - slop && x <= box.right + slop && y >= box.top - slop && y <= box.bottom + slop;
}

/** The line box of the item under (x, y), if any. */
export function lineAt(boxes: Iterable<Box>, x: number, y: number): Box | null {
  for (const box of boxes) if (boxContains(box, x, y)) return box;
  return null;
}

/**
 * The item under the point. `boxesOf` gives an item's line boxes (injected so the logic can be
 * tested without layout). Where items nest (a figure inside a quote), the innermost wins.
 */
export function itemAt(
  items: readonly PlacedItem[], caret: Caret | null, x: number, y: number,
  boxesOf: (placed: PlacedItem) => Iterable<Box> = (placed) => Array.from(placed.range.getClientRects()),
): { placed: PlacedItem; line: Box } | null {
  let best: { placed: PlacedItem; line: Box } | null = null;
  for (const placed of items) {
    const { range } = placed;
    // A caret in a text node settles it; one at an element boundary says little, so check boxes.
    if (caret && caret.node.nodeType === 3 && !caretNear(range, caret)) continue;
    const line = lineAt(boxesOf(placed), x, y);
    if (!line) continue;
    if (!best || placed.item.end - placed.item.start < best.placed.item.end - best.placed.item.start) best = { placed, line };
  }
  return best;
}

/** The caret is in the range, or just at its end (a caret after the last glyph). */
function caretNear(range: Range, caret: Caret): boolean {
  try {
    if (range.isPointInRange(caret.node, caret.offset)) return true;
    return caret.node === range.endContainer && caret.offset === range.endOffset + 1;
  } catch {
    return false;
  }
}
