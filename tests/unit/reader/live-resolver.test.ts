import { describe, expect, it } from 'vitest';
import { cloneWithLiveMap } from '../../../src/core/reader/live-resolver';
import { page } from './helpers';

describe('clone-to-live text node map', () => {
  const doc = page('<html><body><p>First words.</p><p>Repeated line.</p><p>Middle.</p><p>Repeated line.</p></body></html>');
  const live = Array.from(doc.querySelectorAll('p')).map((p) => p.firstChild as Text);
  const { clone, toLive } = cloneWithLiveMap(doc);

  it('a cloned node maps to its live twin', () => {
    expect(toLive(clone.querySelectorAll('p')[2]!.firstChild as Text)).toBe(live[2]);
  });

  it('a rebuilt node (as after a Readability retry) is aligned by text', () => {
    const body = clone.body;
    body.innerHTML = body.innerHTML; // new nodes, in no map
    const rebuilt = Array.from(clone.querySelectorAll('p')).map((p) => p.firstChild as Text);
    expect(toLive(rebuilt[0]!)).toBe(live[0]);
  });

  it('repeated text aligns in document order', () => {
    const rebuilt = Array.from(clone.querySelectorAll('p')).map((p) => p.firstChild as Text);
    expect([toLive(rebuilt[1]!), toLive(rebuilt[2]!), toLive(rebuilt[3]!)]).toEqual([live[1], live[2], live[3]]);
  });
});

// A box found once in the live page is taken out of the page's clone: the walk that maps the two
// trees hands back its copy, before either tree changes.
const GALLERY_PAGE = `<!DOCTYPE html><html><head><title>Ferry timetable changes</title></head><body>
<header>The Harbour Post <nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main>
  <article>
    text before the box <!-- a comment -->
    <p>The ferry to the island will run every two hours from May, the operator said on Monday.</p>
    <div class="gallery"><ul><li><img src="/a.jpg"> One</li><li><img src="/b.jpg"> Two</li></ul></div>
    <p>Islanders asked for an earlier first crossing.</p>
  </article>
</main></body></html>`;

describe('the clone’s copies of live elements', () => {
  it('gives each element’s own copy, past text and comment nodes', () => {
    const doc = page(GALLERY_PAGE);
    for (const selector of ['.gallery', '.gallery li:nth-child(2)', 'article > p:last-of-type', 'nav a']) {
      const live = doc.querySelector(selector)!;
      const { clone, copies } = cloneWithLiveMap(doc, new Set([live]));
      expect(copies).toHaveLength(1);
      expect(copies[0]).not.toBe(live);
      expect(copies[0]).toBe(clone.querySelector(selector));
    }
  });

  it('keeps the copy once the clone lost what came before it', () => {
    const doc = page(GALLERY_PAGE);
    const { clone, copies } = cloneWithLiveMap(doc, new Set([doc.querySelector('.gallery')!]));
    clone.querySelector('header')!.remove();
    copies[0]!.remove();
    expect(clone.querySelector('.gallery')).toBeNull();
    expect(clone.querySelectorAll('article p')).toHaveLength(2);
    expect(doc.querySelector('.gallery')).not.toBeNull();
  });

  it('gives no copy of an element outside the page', () => {
    const doc = page(GALLERY_PAGE);
    const other = page(GALLERY_PAGE);
    expect(cloneWithLiveMap(doc, new Set([other.querySelector('.gallery')!])).copies).toEqual([]);
  });
});
