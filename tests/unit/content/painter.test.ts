// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPainter, highlightApiAvailable } from '../../../src/content/highlights/painter';
import type { PlacedItem } from '../../../src/content/highlights/ranges';
import { mountArticle } from './page-helpers';

// The Highlight API painter with a stand-in registry (happy-dom has none): ranges go under
// prefixed names, and the page's DOM is left exactly as it was.

class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

function placed(text: Text, id: string, words: string, kind: PlacedItem['item']['kind'] = 'figure'): PlacedItem {
  const from = text.data.indexOf(words);
  const to = from + words.length;
  const range = document.createRange();
  range.setStart(text, from);
  range.setEnd(text, to);
  return { item: { kind, id, start: from, end: to, text: text.data.slice(from, to) }, range };
}

afterEach(() => vi.unstubAllGlobals());

describe('the Highlight API painter', () => {
  it('registers ranges under footnote- names without touching the DOM', () => {
    const registry = new Map<string, FakeHighlight>();
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', { highlights: registry });
    expect(highlightApiAvailable()).toBe(true);
    mountArticle(document);
    const before = document.body.innerHTML;
    const text = document.querySelector('article p')!.firstChild as Text;
    const lifetime = new AbortController();
    const painter = createPainter(document, lifetime.signal);
    expect(painter.method).toBe('highlight-api');
    const items = [placed(text, 'f1', '£12 million'), placed(text, 'f2', '40%'), placed(text, 'q1', 'The council', 'quote')];
    painter.paint(items);
    expect([...registry.keys()].sort()).toEqual(['footnote-figure', 'footnote-quote']);
    expect([...registry.get('footnote-figure')!].map((r) => r.toString())).toEqual(['£12 million', '40%']);
    painter.setActive(items[1]!);
    expect(registry.get('footnote-active')!.priority).toBe(1);
    expect([...registry.get('footnote-active')!].map((r) => r.toString())).toEqual(['40%']);
    painter.setActive(null);
    expect(registry.has('footnote-active')).toBe(false);
    expect(document.body.innerHTML).toBe(before);
    painter.clear();
    expect(registry.size).toBe(0);
    lifetime.abort();
  });

  it('falls back to wrapping where the API is missing, and unwraps on clear', () => {
    vi.stubGlobal('CSS', {});
    expect(highlightApiAvailable()).toBe(false);
    mountArticle(document);
    const before = document.querySelector('article')!.textContent;
    const text = document.querySelector('article p')!.firstChild as Text;
    const lifetime = new AbortController();
    const painter = createPainter(document, lifetime.signal);
    expect(painter.method).toBe('wrap');
    const painted = painter.paint([placed(text, 'f1', '£12 million'), placed(text, 'f2', '40%')]);
    expect(painted.map((p) => p.range.toString())).toEqual(['£12 million', '40%']);
    expect([...document.querySelectorAll('footnote-mark')].map((m) => `${m.className}|${m.textContent}`)).toEqual([
      'footnote-mark footnote-mark-figure|£12 million', 'footnote-mark footnote-mark-figure|40%',
    ]);
    painter.clear();
    expect(document.querySelectorAll('footnote-mark').length).toBe(0);
    expect(document.querySelector('article')!.textContent).toBe(before);
    lifetime.abort();
  });
});
