import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/reader/index';
import { page, readerFixture } from './helpers';

const URL = 'https://pacificnews.example/harbour-ferry-fares-to-rise-12-per-cent-from-april/';

describe('metadata of a syndicated WordPress article', () => {
  const { meta } = readArticle(readerFixture('wordpress-syndicated.html'), URL);

  it('title is the headline without the site name', () => expect(meta.title).toBe('Harbour ferry fares to rise 12 per cent from April'));
  // 21:15 UTC is already 5 March where the outlet printed "March 5, 2025" under the headline.
  it('published is the day the page prints when its UTC time is late evening', () => expect(meta.published).toBe('2025-03-05'));
  it('modified', () => expect(meta.modified).toBe('2025-03-05T08:02:10+00:00'));
  it('authors: every person', () => expect(meta.authors).toEqual(['Lena Moana', 'Sione Taufa']));
  it('publisher is the host outlet', () => expect(meta.publisher).toBe('Pacific News Exchange'));
  it('publishers add the original outlet', () => expect(meta.publishers).toEqual(['Pacific News Exchange', 'The Island Times']));
  it('language', () => expect(meta.language).toBe('en-GB'));
  it('canonical URL', () => expect(meta.canonicalUrl).toBe(URL));
  it('section', () => expect(meta.section).toBe('Business'));
  it('lead image', () => expect(meta.image).toBe('https://pacificnews.example/wp-content/uploads/2025/03/ferry-4.jpg'));
  it('description', () => expect(meta.description).toBe('The operator says fuel costs rose by a third in two years.'));
});

describe('metadata fallbacks', () => {
  it('the <h1> that <title> repeats, without the site part', () => {
    const doc = page('<html><head><title>Dam levels fall to 41 per cent | Hill Country Post</title></head><body><h1>Dam levels fall to 41 per cent</h1><p>Text.</p></body></html>');
    expect(readArticle(doc, null).meta.title).toBe('Dam levels fall to 41 per cent');
  });

  it('numeric entities in og:title are decoded', () => {
    const doc = page('<html><head><meta property="og:title" content="Minister&#8217;s &#039;plan B&#039; for rail"></head><body></body></html>');
    expect(readArticle(doc, null).meta.title).toBe('Minister’s \'plan B\' for rail');
  });

  it('"By X and Y" in a meta author gives two people', () => {
    const doc = page('<html><head><meta name="author" content="By Ruth Okafor and Dan Peel"></head><body></body></html>');
    expect(readArticle(doc, null).meta.authors).toEqual(['Ruth Okafor', 'Dan Peel']);
  });

  it('a byline with a place and an outlet gives the person', () => {
    const doc = page('<html><head><meta name="author" content="Karin Berg in Oslo · Nordic Wire"></head><body></body></html>');
    expect(readArticle(doc, null).meta.authors).toEqual(['Karin Berg']);
  });

  it('the URL gives the day when nothing else does', () => {
    const doc = page('<html><head></head><body><h1>Harbour dredging starts</h1></body></html>');
    expect(readArticle(doc, 'https://news.example/2024/06/09/harbour-dredging-starts/').meta.published).toBe('2024-06-09');
  });

  it('JSON-LD wrapped in CDATA is read', () => {
    const doc = page('<html><head><script type="application/ld+json">\n<![CDATA[\n{"@type":"NewsArticle","headline":"Rail strike called off","datePublished":"2024-02-01T10:00:00Z"}\n]]>\n</script></head><body></body></html>');
    expect(readArticle(doc, null).meta.published).toBe('2024-02-01T10:00:00Z');
  });
});
