// Where the card goes: next to the line being read, never over it, always inside the viewport.
// Below the line when it fits, else above; when neither fits whole, on the roomier side with a
// height cap (the card scrolls inside). Horizontally it starts at the pointer or the figure and
// is pulled back inside the viewport.

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  /** The card's height cap, when the space beside the line is smaller than the card. */
  maxHeight: number | null;
  side: 'below' | 'above';
}

export const GAP = 6;
export const MARGIN = 8;

export function placeCard(
  line: Rect, card: { width: number; height: number }, viewport: { width: number; height: number },
  anchorX: number = line.left,
): Placement {
  const width = Math.min(card.width, viewport.width - 2 * MARGIN);
  const left = clamp(anchorX - 24, MARGIN, viewport.width - MARGIN - width);
  const spaceBelow = viewport.height - MARGIN - (line.bottom + GAP);
  const spaceAbove = line.top - GAP - MARGIN;
  if (card.height <= spaceBelow) return { left, top: line.bottom + GAP, maxHeight: null, side: 'below' };
  if (card.height <= spaceAbove) return { left, top: line.top - GAP - card.height, maxHeight: null, side: 'above' };
  if (spaceBelow >= spaceAbove) return { left, top: line.bottom + GAP, maxHeight: Math.max(0, spaceBelow), side: 'below' };
  const height = Math.max(0, spaceAbove);
  return { left, top: line.top - GAP - height, maxHeight: height, side: 'above' };
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, Math.max(low, high)));
}
