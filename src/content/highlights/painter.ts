import type { MarkKind } from './items';
import type { PlacedItem } from './ranges';
import { HIGHLIGHT_CSS, MARK_CSS, installStyles } from './styles';

// Draws the highlights. With the CSS Custom Highlight API the page's DOM is not touched at all:
// the ranges are registered under `footnote-…` names and painted by `::highlight()` rules.
// Without it, each item's text is wrapped in <footnote-mark class="footnote-mark …"> elements,
// removed again on clear.

export interface Painter {
  readonly method: 'highlight-api' | 'wrap';
  /** Paints the items; returns them with the ranges hit-testing should use from now on. */
  paint(placed: readonly PlacedItem[]): PlacedItem[];
  /** Marks one item as the one the reader is looking at (null: none). */
  setActive(placed: PlacedItem | null): void;
  clear(): void;
}

const KINDS: readonly MarkKind[] = ['figure', 'date', 'quote'];
export const ACTIVE_NAME = 'footnote-active';
export const highlightName = (kind: MarkKind): string => `footnote-${kind}`;

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function createPainter(doc: Document, signal: AbortSignal): Painter {
  if (highlightApiAvailable()) {
    installStyles(doc, HIGHLIGHT_CSS, signal);
    return new HighlightApiPainter();
  }
  installStyles(doc, MARK_CSS, signal);
  return new WrappingPainter(doc);
}

class HighlightApiPainter implements Painter {
  readonly method = 'highlight-api';

  paint(placed: readonly PlacedItem[]): PlacedItem[] {
    for (const kind of KINDS) {
      const ranges = placed.filter((p) => p.item.kind === kind).map((p) => p.range);
      if (ranges.length) CSS.highlights.set(highlightName(kind), new Highlight(...ranges));
      else CSS.highlights.delete(highlightName(kind));
    }
    return [...placed];
  }

  setActive(placed: PlacedItem | null): void {
    if (!placed) {
      CSS.highlights.delete(ACTIVE_NAME);
      return;
    }
    const active = new Highlight(placed.range);
    active.priority = 1;
    CSS.highlights.set(ACTIVE_NAME, active);
  }

  clear(): void {
    for (const kind of KINDS) CSS.highlights.delete(highlightName(kind));
    CSS.highlights.delete(ACTIVE_NAME);
  }
}

class WrappingPainter implements Painter {
  readonly method = 'wrap';
  private marks: HTMLElement[] = [];
  private active: HTMLElement[] = [];

  constructor(private readonly doc: Document) {}

  paint(placed: readonly PlacedItem[]): PlacedItem[] {
    this.clear();
    const wrapped: { item: PlacedItem['item']; marks: HTMLElement[] }[] = [];
    // Last first: wrapping splits text nodes, which must not move the ranges still to come.
    for (let index = placed.length - 1; index >= 0; index--) {
      const { item, range } = placed[index]!;
      const marks = this.wrap(range, item.kind, item.id);
      if (marks.length) wrapped.push({ item, marks });
      this.marks.push(...marks);
    }
    // The ranges hit-testing uses are made once every node is in its final place.
    return wrapped.reverse().map(({ item, marks }) => {
      const range = this.doc.createRange();
      range.setStartBefore(marks[0]!);
      range.setEndAfter(marks[marks.length - 1]!);
      return { item, range };
    });
  }

  setActive(placed: PlacedItem | null): void {
    for (const mark of this.active) mark.classList.remove('footnote-mark-active');
    this.active = placed ? this.marks.filter((mark) => mark.dataset.footnoteId === placed.item.id) : [];
    for (const mark of this.active) mark.classList.add('footnote-mark-active');
  }

  clear(): void {
    for (const mark of this.marks) {
      if (mark.isConnected) mark.replaceWith(...mark.childNodes);
    }
    this.marks = [];
    this.active = [];
  }

  /** Wraps every text node piece of the range; returns the marks in document order. */
  private wrap(range: Range, kind: MarkKind, id: string): HTMLElement[] {
    const texts: Text[] = [];
    const walker = this.doc.createTreeWalker(range.commonAncestorContainer, 4 /* NodeFilter.SHOW_TEXT */);
    let node: Node | null = range.commonAncestorContainer.nodeType === 3 ? range.commonAncestorContainer : walker.nextNode();
    while (node) {
      if (range.intersectsNode(node)) texts.push(node as Text);
      node = walker.nextNode();
    }
    const { startContainer, startOffset, endContainer, endOffset } = range;
    const marks: HTMLElement[] = [];
    for (const text of texts) {
      let piece = text;
      const from = text === startContainer ? startOffset : 0;
      const to = text === endContainer ? endOffset : text.data.length;
      if (to <= from || !text.data.slice(from, to).trim()) continue;
      if (to < piece.data.length) piece.splitText(to);
      if (from > 0) piece = piece.splitText(from);
      const mark = this.doc.createElement('footnote-mark');
      mark.className = `footnote-mark footnote-mark-${kind}`;
      mark.dataset.footnoteId = id;
      piece.replaceWith(mark);
      mark.append(piece);
      marks.push(mark);
    }
    return marks;
  }
}
