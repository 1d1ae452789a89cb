import { describe, expect, it } from 'vitest';
import { detectArticle, readJsonLd } from '../../../src/core/reader/index';
import { page } from './helpers';

// A post whose address is the site's root and a query naming it by number (a blog's plain
// permalink) is no front page. Invented fixture: a small blog with no meta tags at all.

const detect = (html: string, url: string) => {
  const doc = page(html);
  return detectArticle(doc, url, readJsonLd(doc).nodes);
};
const post = `<html><head><title>Why the tram line waits | Harbour notes</title></head><body><div class="post"><h2>Why the tram line waits</h2>${
  Array.from({ length: 5 }, (_, i) => `<p>The council in Larkmouth has put off the vote on the tram line once more, and the reasons it gives change every month, note ${i}. `
    + 'Those of us who live on the harbour road have stopped counting the public meetings.</p>').join('')}</div></body></html>`;

describe('an item named by the query at the site\'s root', () => {
  it('a plain permalink is a post', () => {
    expect(detect(post, 'http://notes.example/?p=959/').isArticle).toBe(true);
    expect(detect(post, 'http://notes.example/index.php?id=4512').signals).toContain('url:article-like');
  });
  it('the root alone, or a section\'s page number, still reads as a front or listing', () => {
    expect(detect(post, 'http://notes.example/').signals).toContain('url:front-or-listing');
    expect(detect(post, 'http://notes.example/news?p=2').signals).toContain('url:front-or-listing');
  });
});
