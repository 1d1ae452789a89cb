import { describe, expect, it } from 'vitest';
import { detectArticle, readJsonLd } from '../../../src/core/reader/index';
import { numberedSections, pictureOnlyBody } from '../../../src/core/reader/page-kinds';
import { page } from './helpers';

// A document of numbered sections and an image's own page: article-sized or article-marked,
// and no article. Invented fixtures.

const detect = (html: string) => {
  const doc = page(html);
  return detectArticle(doc, null, readJsonLd(doc).nodes);
};
const clause = (i: number) => `<p>Clause ${i} of this agreement applies to every copy of the work that the holder conveys to another party, in whole or in part, with or without changes.</p>`;
const sections = (titles: string[]) => titles.map((title, i) => `<h4>${i}. ${title}.</h4>${clause(i)}${clause(i + 100)}`).join('');
const TITLES = ['Definitions', 'Source Form', 'Basic Permissions', 'Conveying Copies', 'Modified Versions', 'Termination', 'Acceptance'];

describe('a document of numbered sections', () => {
  const licence = `<html><head><title>Harbour Public Licence</title></head><body><h2>Harbour Public Licence</h2><h3>Terms and conditions</h3>${sections(TITLES)}</body></html>`;
  it('a licence with no article metadata is no article', () => {
    expect(numberedSections(page(licence))).toBe(true);
    expect(detect(licence).isArticle).toBe(false);
  });
  it('a numbered listicle that carries a post\'s metadata stays an article', () => {
    const listicle = licence.replace('<head>', '<head><meta property="og:type" content="article"><meta property="article:published_time" content="2031-04-02T09:00:00Z">');
    expect(detect(listicle).isArticle).toBe(true);
  });
  it('numbers out of order (years, counts) are no sections', () => {
    const years = ['1998 in review', '2004 in review', '12 things we learnt', '3 ways out', '7 days later', '40 years on'];
    const html = `<html><body>${years.map((title) => `<h3>${title}</h3>${clause(1)}`).join('')}</body></html>`;
    expect(numberedSections(page(html))).toBe(false);
  });
});

describe('an image\'s own page', () => {
  const posting = (body: string) => `<html><body><article itemscope itemtype="http://schema.org/BlogPosting"><h1 itemprop="headline">Harbour loft</h1>`
    + `<div>By <a href="/author/ines">Ines Varga</a> <time itemprop="datePublished" datetime="2031-03-11">March 11, 2031</time></div>`
    + `<div itemprop="articleBody">${body}</div></article><aside><p>Sign up for our newsletter to get every Larkmouth business story in your inbox each weekday morning, free of charge.</p></aside></body></html>`;
  it('a marked body that holds one picture, an ad\'s script and teaser links is no article', () => {
    const html = posting('<p><a href="/uploads/loft.jpg"><img src="/uploads/loft-300.jpg" alt=""></a></p><h3>Sponsored</h3><p><script>showAd("story");</script></p><article><a href="/2031/05/other-story">Another business story from the harbour</a></article>');
    expect(pictureOnlyBody(page(html))).toBe(true);
    expect(detect(html).isArticle).toBe(false);
  });
  it('a picture with a few paragraphs of prose is a body', () => {
    const html = posting('<img src="/uploads/loft.jpg" alt=""><p>The old sail loft on Quay Street will open as a shared office in May, its owners said on Tuesday.</p><p>Twelve firms have signed leases for desks on its two upper floors.</p>');
    expect(pictureOnlyBody(page(html))).toBe(false);
  });
});

describe('structured data about another page', () => {
  const paragraphs = `<p>Fewer than half of the absentee ballots mailed in Larkmouth County have come back, the county auditor said on Monday.</p>`
    + `<p>Voters who still hold a ballot can return it to the courthouse drop box until polls close on election night.</p>`
    + `<p>The auditor's office will stay open late on the Saturday before the vote to hand out replacement ballots to anyone who lost one.</p>`;
  const story = (eventUrl: string) => `<html><head><meta property="og:type" content="article"><meta property="article:published_time" content="2031-10-26T08:00:00Z">`
    + `<link rel="canonical" href="https://radio.example/2031/10/26/absentee-ballots-slow/">`
    + `<script type="application/ld+json">{"@context":"http://schema.org","@type":"Event","name":"Harvest fair","url":"${eventUrl}"}</script></head>`
    + `<body><h1>Absentee ballots slow to return</h1><div class="entry">${paragraphs}</div></body></html>`;
  it('an event from the site\'s calendar widget does not make a story an event page', () => {
    expect(detect(story('https://radio.example/calendar-event/harvest-fair/')).isArticle).toBe(true);
  });
  it('an event that is the page itself still counts against it', () => {
    expect(detect(story('https://radio.example/2031/10/26/absentee-ballots-slow/')).isArticle).toBe(false);
  });
});
