import { describe, expect, it } from 'vitest';
import { longestBodyRun } from '../../../src/core/reader/body-run';
import { detectArticle, readJsonLd } from '../../../src/core/reader/index';
import { page } from './helpers';

const prose = (n: number, words = 'The council voted on Tuesday to extend the harbour ferry timetable into the winter months, citing demand.') =>
  Array.from({ length: n }, () => `<p>${words}</p>`).join('');
const teaser = (i: number) => `<article class="card"><h3><a href="/news/story-${i}">Harbour ferry timetable extended into the winter ${i}</a></h3><p>The council voted on Tuesday to extend the timetable, citing demand from commuters.</p></article>`;
const detect = (html: string, url: string | null) => {
  const doc = page(html);
  return detectArticle(doc, url, readJsonLd(doc).nodes);
};

describe('the body run', () => {
  it('counts prose paragraphs that share a parent', () => {
    expect(longestBodyRun(page(`<html><body><div class="story">${prose(6)}</div></body></html>`)).paragraphs).toBe(6);
  });
  it('teaser summaries each in their own block make no run', () => {
    expect(longestBodyRun(page(`<html><body>${Array.from({ length: 12 }, (_, i) => teaser(i)).join('')}</body></html>`)).paragraphs).toBe(1);
  });
  it('paragraphs that are all link are not prose', () => {
    const links = Array.from({ length: 8 }, (_, i) => `<p><a href="/s/${i}">The council voted on Tuesday to extend the harbour ferry timetable into winter</a></p>`).join('');
    expect(longestBodyRun(page(`<html><body><div>${links}</div></body></html>`)).paragraphs).toBe(0);
  });
  it('div paragraphs without <p> count too', () => {
    const divs = Array.from({ length: 5 }, () => '<div class="body-paragraph">The council voted on Tuesday to extend the harbour ferry timetable into the winter months.</div>').join('');
    expect(longestBodyRun(page(`<html><body><section>${divs}</section></body></html>`)).paragraphs).toBe(5);
  });
  it('bounded on a huge page', () => {
    expect(longestBodyRun(page(`<html><body><div>${prose(20000)}</div></body></html>`)).paragraphs).toBeLessThanOrEqual(4000);
  });
});

describe('listing, media and forum pages are not articles', () => {
  it('a section front: a "website" full of <article> teasers', () => {
    const html = `<html><head><meta property="og:type" content="website"></head><body><h1>Harbour news</h1>${Array.from({ length: 10 }, (_, i) => teaser(i)).join('')}<div class="live">${prose(6)}</div></body></html>`;
    expect(detect(html, 'https://news.example/news/harbour_news').isArticle).toBe(false);
  });
  it('a topic page whose address looks like a story but has no body', () => {
    const html = `<html><body><h1>Climate</h1>${Array.from({ length: 10 }, (_, i) => `<div class="item">${teaser(i)}</div>`).join('')}</body></html>`;
    expect(detect(html, 'https://news.example/en/top-stories/climate-and-energy-policy/s-10553').isArticle).toBe(false);
  });
  it('a gallery: captions, no run of prose', () => {
    const slides = Array.from({ length: 12 }, (_, i) => `<figure><img src="/p/${i}.jpg"><figcaption>Fans gathered at the stadium before the match on Sunday evening, photo ${i}.</figcaption></figure>`).join('');
    expect(detect(`<html><body><h1>The stadium in pictures</h1>${slides}</body></html>`, 'https://news.example/en/the-stadium-in-pictures-through-the-years/g-18492472').isArticle).toBe(false);
  });
  it('a video page with article markup but one line of text', () => {
    const html = '<html><head><meta property="og:type" content="article"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Watch: the rescue"}</script></head><body><h1>Watch: the rescue</h1><video src="/v.mp4"></video><p>Firefighters reach a stranded hiker.</p></body></html>';
    expect(detect(html, 'https://news.example/2024/05/01/watch-the-rescue-of-a-hiker/').isArticle).toBe(false);
  });
  it('an article with a body is still an article', () => {
    const html = `<html><head><meta property="og:type" content="article"></head><body><h1>Ferry timetable extended</h1><div class="story">${prose(7)}</div>${Array.from({ length: 5 }, (_, i) => teaser(i)).join('')}</body></html>`;
    expect(detect(html, 'https://news.example/2024/05/01/ferry-timetable-extended-into-winter/').isArticle).toBe(true);
  });
  it('a short article with no listing or media sign is read by Readability\'s check', () => {
    const html = `<html><head><meta property="og:type" content="article"></head><body><article><h1>Pier closed</h1><p>${'The pier is closed for repairs after the storm damaged its decking and railings overnight. '.repeat(3)}</p></article></body></html>`;
    expect(detect(html, 'https://news.example/2024/05/01/pier-closed-for-repairs/').isArticle).toBe(true);
  });
});
