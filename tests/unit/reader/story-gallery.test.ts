import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/reader/index';
import { otherStoryGalleries } from '../../../src/core/reader/story-gallery';
import { page } from './helpers';

// A slideshow of another story set inside an article's body, under its own title, is not the
// article: its captions' people are no sources of this page. A gallery of the article's own
// pictures, or a photo essay whose captions are the article, stays.

const URL = 'https://valleytimes.example/news/2026/04/02/library-reopens-after-repairs';
const TITLE = 'Library reopens after two years of repairs';
const PARAGRAPHS = [
  'The town library on Mill Street opened its doors again on Thursday, two years after a burst pipe flooded its ground floor and closed it.',
  'The council spent most of the repair budget on a new roof and on drying out the walls, the head librarian, Petra Lindqvist, told visitors.',
  '“We lost about a tenth of the books, but the local history room came through almost untouched,” Lindqvist said at the opening.',
  'Children from the primary school next door carried the first returned books back to the shelves, and the mayor cut a ribbon at noon.',
  'The library will keep shorter hours until the end of the month, while the last of the furniture arrives from the supplier.',
];

/** A slide of another story's gallery: a picture, the gallery's title repeated, a slide title, a caption. */
const slide = (galleryTitle: string, heading: string, caption: string) =>
  `<li class="slide"><div class="pic"><img src="/img/${heading.length}.jpg" alt=""></div>` +
  `<div class="text"><h4>${galleryTitle}</h4><h2>${heading}</h2><p>${caption}</p></div></li>`;

const OTHER_GALLERY = `<div class="gallery"><ul class="slides">${[
  slide('Famous bridges of the world', 'Golden Gate, San Francisco', 'Opened in 1937, the bridge was for years the longest suspension span anywhere, said the engineer Ada Brook.'),
  slide('Famous bridges of the world', 'Tower Bridge, London', 'The bascules rise several times a day to let tall ships pass, according to the city’s harbour office.'),
  slide('Famous bridges of the world', 'Charles Bridge, Prague', 'Thirty statues line the stone bridge, most of them copies put up after the originals were moved to a museum.'),
  slide('Famous bridges of the world', 'Rialto, Venice', 'The stone arch replaced a wooden bridge that had collapsed twice, historians say, under the weight of crowds.'),
].join('')}</ul><div class="nav"><a href="#">1</a><a href="#">2</a><a href="#">3</a><a href="#">4</a></div></div>`;

function articlePage(inside: string, { article = true, paragraphs = PARAGRAPHS } = {}): string {
  const body = `${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}\n${inside}`;
  return `<!DOCTYPE html><html lang="en"><head><title>${TITLE} | Valley Times</title>
<meta property="og:type" content="article"><meta property="og:title" content="${TITLE}">
<link rel="canonical" href="${URL}">
<meta property="article:published_time" content="2026-04-02T09:00:00Z"></head><body>
<header><a href="/">Valley Times</a></header>
<main><h1>${TITLE}</h1>
${article ? `<article class="story">${body}</article>` : `<div class="story-text">${body}</div>`}
</main><footer>© Valley Times</footer></body></html>`;
}

const read = (html: string) => readArticle(page(html), URL).main!.text;

describe('a gallery of another story inside the article', () => {
  it('leaves out a slideshow whose every slide carries its own title', () => {
    const text = read(articlePage(OTHER_GALLERY));
    expect(text).not.toMatch(/Famous bridges|Golden Gate|Ada Brook|bascules/);
    expect(text).toContain('The town library on Mill Street opened its doors again');
    expect(text).toContain('The library will keep shorter hours');
  });

  it('leaves it out when Readability chooses the body (no article element)', () => {
    const text = read(articlePage(OTHER_GALLERY, { article: false }));
    expect(text).not.toMatch(/Famous bridges|Ada Brook/);
    expect(text).toContain('the head librarian, Petra Lindqvist, told visitors');
  });

  it('leaves out a gallery under one heading that links to the gallery’s own page', () => {
    const captions = ['A gull rests on the harbour wall at dawn, waiting for the first boats of the day to come in.', 'Fishermen sort the morning catch on the quay before the market opens at seven.', 'Nets dry in the sun outside the old boathouse, mended by hand over the winter.'];
    const gallery = `<section class="embed"><h3><a href="/pictures/harbour-mornings">Mornings at the harbour</a></h3>${captions
      .map((caption, index) => `<figure class="shot"><img src="/img/h${index}.jpg"><figcaption>${caption}</figcaption></figure>`).join('')}</section>`;
    const text = read(articlePage(gallery));
    expect(text).not.toMatch(/gull rests|morning catch|Nets dry/);
    expect(text).toContain('Children from the primary school next door');
  });
});

describe('galleries that stay', () => {
  it('keeps a gallery whose title shares a word with the article’s: its own pictures', () => {
    const own = OTHER_GALLERY.replace(/Famous bridges of the world/g, 'The library, day by day');
    expect(read(articlePage(own))).toContain('Golden Gate, San Francisco');
  });

  it('keeps a photo essay: slides with captions and little prose of the article beside them', () => {
    expect(read(articlePage(OTHER_GALLERY, { paragraphs: [PARAGRAPHS[0]!] }))).toContain('Tower Bridge, London');
  });

  it('keeps a heading over captioned figures when nothing links to another page', () => {
    const captions = ['Readers queue outside the main door before the ribbon is cut at noon on Thursday.', 'The local history room, which the water never reached, reopened with its shelves full.', 'New chairs stand in the reading room, the rest of the furniture due by the end of the month.'];
    const gallery = `<section class="pictures"><h3>Opening day in pictures</h3>${captions
      .map((caption, index) => `<figure class="shot"><img src="/img/o${index}.jpg"><figcaption>${caption}</figcaption></figure>`).join('')}</section>`;
    expect(read(articlePage(gallery))).toContain('Readers queue outside the main door');
  });

  it('keeps the article’s own sections of a picture and a paragraph each (its headline in their box)', () => {
    const doc = page(`<html><body><article><h1>${TITLE}</h1>${PARAGRAPHS.map((p, index) =>
      `<div class="para"><h4>Valley Times</h4><img src="/img/p${index}.jpg"><p>${p}</p></div>`).join('')}</article></body></html>`);
    expect(otherStoryGalleries(doc, { title: 'Bridges of the world', url: URL })).toEqual([]);
  });

  it('finds nothing without the article’s title to compare', () => {
    const doc = page(articlePage(OTHER_GALLERY));
    expect(otherStoryGalleries(doc, { title: null, url: URL })).toEqual([]);
    expect(otherStoryGalleries(doc, { title: TITLE, url: URL })).toHaveLength(1);
  });

  it('keeps a row of linked cards to the boilerplate: no gallery of captions', () => {
    const cards = OTHER_GALLERY.replace(/<h2>([^<]+)<\/h2>/g, '<h2><a href="/news/other">$1</a></h2>');
    const doc = page(articlePage(cards));
    expect(otherStoryGalleries(doc, { title: TITLE, url: URL })).toEqual([]);
  });
});
