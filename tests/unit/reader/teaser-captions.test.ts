import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/reader/index';
import { page } from './helpers';

// A carousel of other stories beside the article is built of figures whose captions are links to
// those stories: their headlines ("Mayor Says Tunnel Will Open …") are no captions of this page's
// pictures, and must not be read as its statements. A picture's own caption stays.

const URL = 'https://harbourpost.example/news/2026/05/11/ferry-timetable-cut-for-summer';
const PARAGRAPHS = [
  'The island ferry will run four crossings a day instead of six from June, the harbour board said on Monday, citing a shortage of crew.',
  'The board said it had hired two new captains but that neither would be licensed before August, and that the cut would last until then.',
  '“We would rather run fewer boats than cancel them at the last minute,” said Ines Marlow, who manages the crossing for the board.',
  'Shop owners on the island said the change would cost them visitors in the busiest weeks of the year, and asked the board to add a late boat on Saturdays.',
  'Marlow said the board would look at the Saturday timetable again once the new captains were licensed, and would publish it by the end of July.',
];

const card = (href: string, title: string) =>
  `<div class="slide"><a href="${href}"><figure><img src="/img/${href.length}.jpg" alt="Image for: ${title}"><figcaption>${title}</figcaption></figure></a></div>`;

function articlePage(carousel: string, ownFigure = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Ferry timetable cut for summer | Harbour Post</title>
<meta property="og:type" content="article"><meta property="og:title" content="Ferry timetable cut for summer">
<meta property="article:published_time" content="2026-05-11T08:00:00Z"></head><body>
<header><a href="/">Harbour Post</a></header>
<main><div class="story-wrap"><h1>Ferry timetable cut for summer</h1>
<div class="carousel">${carousel}</div>
<div class="lead-figure">${ownFigure}</div>
<article class="story-body">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article>
</div></main><footer>© Harbour Post</footer></body></html>`;
}

const CAROUSEL = [
  card('/news/2026/05/10/tunnel', 'Mayor Says Tunnel Will Open Before Winter, Promises No New Tolls'),
  card('/news/2026/05/09/fish', 'Fish Prices Climb As Boats Stay In Port, Says Trade Body'),
].join('');

describe('captions of links to other stories', () => {
  it('leaves a linked card’s headline out of the text', () => {
    const main = readArticle(page(articlePage(CAROUSEL)), URL).main!;
    expect(main.text).not.toMatch(/Tunnel Will Open|Fish Prices Climb/);
    expect(main.text).toContain('The island ferry will run four crossings a day');
  });
  it('leaves out a caption that is nothing but a link', () => {
    const linked = '<figure><img src="/img/x.jpg"><figcaption><a href="/news/2026/05/08/bridge">Council Says Bridge Repairs Will Take A Year</a></figcaption></figure>';
    expect(readArticle(page(articlePage(linked)), URL).main!.text).not.toContain('Bridge Repairs');
  });
  it('keeps the caption of the article’s own picture, a link inside it too', () => {
    const own = '<figure><img src="/img/pier.jpg"><figcaption>Passengers wait at the pier in Kellport on Sunday. (Photo by <a href="/staff/ana">Ana Ruiz</a>)</figcaption></figure>';
    const main = readArticle(page(articlePage(CAROUSEL, own)), URL).main!;
    expect(main.text).toContain('Passengers wait at the pier in Kellport on Sunday.');
  });
});
