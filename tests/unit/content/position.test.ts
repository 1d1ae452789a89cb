import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, placeCard, type Rect } from '../../../src/content/hover-card/position';

const viewport = { width: 1280, height: 900 };
const card = { width: 340, height: 200 };
const line = (top: number, left = 300, width = 60): Rect => ({ left, top, right: left + width, bottom: top + 24 });

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe('placing the card', () => {
  it('goes below the line when it fits', () => {
    expect(placeCard(line(100), card, viewport, 310)).toEqual({ left: 286, top: 124 + GAP, maxHeight: null, side: 'below' });
  });

  it('goes above the line near the bottom of the viewport', () => {
    const place = placeCard(line(800), card, viewport, 310);
    expect(place).toEqual({ left: 286, top: 800 - GAP - 200, maxHeight: null, side: 'above' });
  });

  it('stays inside the viewport at the right edge and the left edge', () => {
    expect(placeCard(line(100, 1250, 20), card, viewport, 1260).left).toBe(1280 - MARGIN - 340);
    expect(placeCard(line(100, 0, 20), card, viewport, 2).left).toBe(MARGIN);
  });

  it('caps its height on the roomier side when neither side holds it, still off the line', () => {
    const small = { width: 1280, height: 300 };
    const place = placeCard(line(170), { width: 340, height: 260 }, small, 310);
    expect(place.side).toBe('above');
    expect(place.maxHeight).toBe(170 - GAP - MARGIN);
    expect(place.top).toBe(MARGIN);
    const below = placeCard(line(100), { width: 340, height: 260 }, small, 310);
    expect(below).toEqual({ left: 286, top: 124 + GAP, maxHeight: 300 - MARGIN - 124 - GAP, side: 'below' });
  });

  it('never covers the line, wherever the line is', () => {
    for (let top = 0; top <= 876; top += 12) {
      const place = placeCard(line(top), card, viewport, 310);
      const height = place.maxHeight ?? card.height;
      const box = { left: place.left, top: place.top, right: place.left + 340, bottom: place.top + height };
      expect(overlaps(box, line(top)), `line at ${top}`).toBe(false);
      expect(box.top).toBeGreaterThanOrEqual(MARGIN - 0.001);
      expect(box.bottom).toBeLessThanOrEqual(900 - MARGIN + 0.001);
    }
  });

  it('narrows to a viewport smaller than the card', () => {
    const place = placeCard(line(100, 10, 30), card, { width: 300, height: 900 }, 20);
    expect(place.left).toBe(MARGIN);
  });
});
