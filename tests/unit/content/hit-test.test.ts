// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { boxContains, itemAt, lineAt, type Box } from '../../../src/content/highlights/hit-test';
import type { MarkItem } from '../../../src/content/highlights/items';
import type { PlacedItem } from '../../../src/content/highlights/ranges';

// Hit-testing without layout: each item's line boxes are given, and the caret is where
// caretPositionFromPoint would put it.

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

function setup(): { text: Text; figure: PlacedItem; quote: PlacedItem; boxes: Map<PlacedItem, Box[]> } {
  document.body.innerHTML = '<p>He said that 40 buses would run.</p>';
  const text = document.querySelector('p')!.firstChild as Text;
  const place = (kind: MarkItem['kind'], id: string, from: number, to: number): PlacedItem => {
    const range = document.createRange();
    range.setStart(text, from);
    range.setEnd(text, to);
    return { item: { kind, id, start: from, end: to, text: text.data.slice(from, to) }, range };
  };
  const figure = place('figure', 'f1', 13, 21); // "40 buses"
  const quote = place('quote', 'q1', 8, 31); // "that 40 buses would run"
  const boxes = new Map([[figure, [box(100, 10, 160, 30)]], [quote, [box(60, 10, 250, 30)]]]);
  return { text, figure, quote, boxes };
}

describe('hit-testing', () => {
  it('finds the figure under the caret and the pointer, and its line', () => {
    const { text, figure, boxes } = setup();
    const hit = itemAt([figure], { node: text, offset: 15 }, 120, 20, (p) => boxes.get(p)!);
    expect(hit?.placed.item.id).toBe('f1');
    expect(hit?.line).toEqual(box(100, 10, 160, 30));
  });

  it('prefers the innermost item where a figure stands in a quote', () => {
    const { text, figure, quote, boxes } = setup();
    expect(itemAt([quote, figure], { node: text, offset: 15 }, 120, 20, (p) => boxes.get(p)!)?.placed.item.id).toBe('f1');
    expect(itemAt([quote, figure], { node: text, offset: 25 }, 200, 20, (p) => boxes.get(p)!)?.placed.item.id).toBe('q1');
  });

  it('ignores a caret outside every item', () => {
    const { text, figure, boxes } = setup();
    expect(itemAt([figure], { node: text, offset: 3 }, 120, 20, (p) => boxes.get(p)!)).toBeNull();
  });

  it('ignores a pointer beside the line, where the caret snaps to the words', () => {
    const { text, figure, boxes } = setup();
    expect(itemAt([figure], { node: text, offset: 20 }, 400, 20, (p) => boxes.get(p)!)).toBeNull();
  });

  it('falls back to the boxes when the caret is at an element boundary or unknown', () => {
    const { figure, boxes } = setup();
    expect(itemAt([figure], { node: document.body, offset: 0 }, 120, 20, (p) => boxes.get(p)!)?.placed.item.id).toBe('f1');
    expect(itemAt([figure], null, 120, 20, (p) => boxes.get(p)!)?.placed.item.id).toBe('f1');
    expect(itemAt([figure], null, 120, 60, (p) => boxes.get(p)!)).toBeNull();
  });

  it('counts a point within two pixels of a line box as on it', () => {
    expect(boxContains(box(10, 10, 20, 20), 21.5, 15)).toBe(true);
    expect(boxContains(box(10, 10, 20, 20), 23, 15)).toBe(false);
    expect(lineAt([box(0, 0, 5, 5), box(0, 10, 50, 30)], 40, 20)).toEqual(box(0, 10, 50, 30));
  });
});
