import { describe, expect, it } from 'vitest';
import { elementAt, elementPath } from '../../../src/core/reader/element-path';
import { page } from './helpers';

// A box found once in the live page is taken out of the page's clone by its child positions:
// the clone is an exact copy until one of the two is changed.

const HTML = `<!DOCTYPE html><html><head><title>Ferry timetable changes</title></head><body>
<header>The Harbour Post <nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main>
  <article>
    text before the box <!-- a comment -->
    <p>The ferry to the island will run every two hours from May, the operator said on Monday.</p>
    <div class="gallery"><ul><li><img src="/a.jpg"> One</li><li><img src="/b.jpg"> Two</li></ul></div>
    <p>Islanders asked for an earlier first crossing.</p>
  </article>
</main></body></html>`;

describe('an element’s path into an exact copy of the page', () => {
  it('leads to the element’s own copy, past text and comment nodes', () => {
    const doc = page(HTML);
    const clone = doc.cloneNode(true) as Document;
    for (const selector of ['.gallery', '.gallery li:nth-child(2)', 'article > p:last-of-type', 'nav a']) {
      const live = doc.querySelector(selector)!;
      const copy = elementAt(clone, elementPath(doc, live)!);
      expect(copy).not.toBe(live);
      expect(copy).toBe(clone.querySelector(selector));
    }
  });

  it('keeps leading to the copy once the clone lost what came before it', () => {
    const doc = page(HTML);
    const clone = doc.cloneNode(true) as Document;
    const copy = elementAt(clone, elementPath(doc, doc.querySelector('.gallery')!)!)!;
    // Paths are followed before the clone changes; removing furniture afterwards moves nothing.
    clone.querySelector('header')!.remove();
    copy.remove();
    expect(clone.querySelector('.gallery')).toBeNull();
    expect(clone.querySelectorAll('article p')).toHaveLength(2);
    expect(doc.querySelector('.gallery')).not.toBeNull();
  });

  it('gives no path to an element outside the root, and no element where the path leads nowhere', () => {
    const doc = page(HTML);
    const other = page(HTML);
    expect(elementPath(doc.querySelector('article')!, other.querySelector('.gallery')!)).toBeNull();
    expect(elementAt(doc, [0, 99, 3])).toBeNull();
  });
});
