import { describe, expect, it } from 'vitest';
import { detectArticle, readJsonLd } from '../../../src/core/reader/index';
import { sitePagePath, sitePageTitle } from '../../../src/core/reader/site-pages';
import { page } from './helpers';

// A site's own pages (about, contact, terms, privacy, imprint) printed with an article's markup:
// og:type=article as WordPress gives every page, and a full body of prose. Invented fixtures.

const OG_ARTICLE = '<meta property="og:type" content="article">';
const detect = (html: string, url: string | null = null) => {
  const doc = page(html);
  return detectArticle(doc, url, readJsonLd(doc).nodes);
};
const prose = (subject: string) => Array.from({ length: 5 }, (_, i) => `<p>${subject} applies to everyone who reads, shares or comments on the Larkmouth Courier, in print or online, part ${i}. `
  + 'We keep these pages short and plain, and we tell readers when anything in them changes in a way that matters.</p>').join('');
const titled = (title: string) => page(`<html><head><title>${title}</title></head><body></body></html>`);
const sitePage = (title: string, head = OG_ARTICLE) => `<html><head>${head}<title>${title}</title></head>`
  + `<body><h1>${title.split(' | ')[0]}</h1><div class="entry-content">${prose('This notice')}</div></body></html>`;

describe('the address names a site page', () => {
  it('reads the last segment only, with or without an extension', () => {
    expect(sitePagePath('/en/service/terms/')).toBe(true);
    expect(sitePagePath('/privacy-policy/')).toBe(true);
    expect(sitePagePath('/impressum.html')).toBe(true);
    expect(sitePagePath('/about_us')).toBe(true);
    expect(sitePagePath('/terms/2031/05/harbour-deal-signed/')).toBe(false);
    expect(sitePagePath('/2031/05/what-we-know-about-the-tram-line/')).toBe(false);
    expect(sitePagePath('/')).toBe(false);
  });
  it('a terms page set as a post is no article', () => {
    const html = sitePage('Service terms | Larkmouth Courier');
    expect(detect(html).isArticle).toBe(true);
    const got = detect(html, 'https://courier.example/en/service/terms/');
    expect(got.isArticle).toBe(false);
    expect(got.signals).toContain('url:site-page');
  });
  it('a story that its structured data calls an article is only nudged', () => {
    const head = `${OG_ARTICLE}<meta property="article:published_time" content="2031-05-02T08:00:00Z">`
      + '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Contact"}</script>';
    expect(detect(sitePage('Contact', head), 'https://courier.example/stories/contact').isArticle).toBe(true);
  });
});

describe('the title names a site page', () => {
  it('in its first or last part, the other being the site\'s name', () => {
    expect(sitePageTitle(titled('About us | Larkmouth Courier'))).toBe(true);
    expect(sitePageTitle(titled('Larkmouth Courier – Impressum'))).toBe(true);
    expect(sitePageTitle(page('<html><head><meta property="og:title" content="Terms of Service"><title>Larkmouth Courier</title></head></html>'))).toBe(true);
  });
  it('a headline that merely holds the words is no site page\'s name', () => {
    expect(sitePageTitle(titled('What we know about the tram line | Larkmouth Courier'))).toBe(false);
    expect(sitePageTitle(titled('Council agrees terms of the harbour deal'))).toBe(false);
  });
  it('an about page and a privacy policy with no address are no articles', () => {
    expect(detect(sitePage('About us | Larkmouth Courier')).isArticle).toBe(false);
    expect(detect(sitePage('Privacy Policy | Larkmouth Courier')).signals).toContain('title:site-page');
  });
});

describe('structured data that calls the page an about or contact page', () => {
  it('outweighs og:type=article', () => {
    const head = `${OG_ARTICLE}<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":["WebPage","AboutPage"],"name":"Who runs the Courier"}]}</script>`;
    expect(detect(sitePage('Who runs the Courier', head)).isArticle).toBe(false);
  });
});
