import { describe, expect, it } from 'vitest';
import { bingNews, publisherUrl } from '../../../src/background/related/providers/bing-news';
import { gdelt } from '../../../src/background/related/providers/gdelt';
import { googleNews } from '../../../src/background/related/providers/google-news';
import { ServiceAnswerError } from '../../../src/background/related/providers/provider';
import { buildQuery } from '../../../src/background/related/query/build-query';
import { relatedFixture, wellsSheet } from './helpers';

const O = 'http://127.0.0.1:9';

describe('GDELT', () => {
  it('builds a DOC 2.0 artlist request with the window and source language', () => {
    const url = new URL(gdelt.requestUrl(buildQuery(wellsSheet()), 'http://127.0.0.1:9/ok'));
    expect(url.pathname).toBe('/ok/api/v2/doc/doc');
    expect(url.searchParams.get('query')).toBe('"Maria Okonjo" "Department of Water Resources" (basin OR wells OR hydrologist) sourcelang:english');
    expect(url.searchParams.get('mode')).toBe('artlist');
    expect(url.searchParams.get('format')).toBe('json');
    expect(url.searchParams.get('startdatetime')).toBe('20250311000000');
    expect(url.searchParams.get('enddatetime')).toBe('20250318235959');
  });

  it('refuses articles older than its three-month window', () => {
    const query = buildQuery(wellsSheet());
    expect(gdelt.unsupported(query, new Date('2026-11-26T00:00:00Z'))).toBe('GDELT only searches the last three months.');
    expect(gdelt.unsupported(query, new Date('2025-03-14T00:00:00Z'))).toBeNull();
  });

  it('reads articles with their real URLs and seen dates', () => {
    const items = gdelt.parse(relatedFixture('gdelt-articles.json', O));
    expect(items.map((i) => [i.url, i.host, i.published])).toEqual([
      [`${O}/publisher/harbour-times/repairs-bill-doubles?utm_source=gdelt&utm_medium=feed`, 'harbourtimes.example', '2026-11-25T09:15:00Z'],
      [`${O}/publisher/west-post/bridge-estimate`, 'westpost.example', '2026-11-24T18:00:00Z'],
      ['https://www.coastalcourier.example/news/bridge-repairs-own-story', 'coastalcourier.example', '2026-11-25T07:15:00Z'],
    ]);
    expect(items.every((i) => i.publisherUrl)).toBe(true);
  });

  it('answers no match ({}) with no items', () => {
    expect(gdelt.parse(relatedFixture('gdelt-empty.json'))).toEqual([]);
  });

  it('reads JSON with invalid escape sequences', () => {
    const [item] = gdelt.parse(relatedFixture('gdelt-invalid-escapes.json', O));
    expect(item!.title).toBe("Council\\'s bridge bill: \\x27why it doubled\\x27 to £48m");
    expect(item!.url).toBe(`${O}/publisher/quay-herald/bridge`);
  });

  it('turns a plain-text answer (HTTP 200) into a service error', () => {
    expect(() => gdelt.parse(relatedFixture('gdelt-malformed-query.txt'))).toThrow(ServiceAnswerError);
    expect(() => gdelt.parse(relatedFixture('gdelt-malformed-query.txt'))).toThrow('GDELT answered: The specified phrase is too short.');
    expect(() => gdelt.parse('{"articles": [ broken')).toThrow('GDELT sent an answer that could not be read.');
  });
});

describe('Google News', () => {
  it('asks the edition of the article’s country with the time window', () => {
    const url = new URL(googleNews.requestUrl(buildQuery(wellsSheet()), 'http://127.0.0.1:9/ok'));
    expect(url.pathname).toBe('/ok/rss/search');
    expect(url.searchParams.get('q')).toBe('"Maria Okonjo" "Department of Water Resources" Orvale basin wells hydrologist after:2025-03-11 before:2025-03-18');
    expect([url.searchParams.get('hl'), url.searchParams.get('gl'), url.searchParams.get('ceid')]).toEqual(['en-US', 'US', 'US:en']);
  });

  it('strips " - Publisher", keeps the opaque link and takes the domain from <source url>', () => {
    const items = googleNews.parse(relatedFixture('google-news.xml', O));
    expect(items[0]).toEqual({
      service: 'google-news', url: `${O}/publisher/google-redirect/CBMiK2h0dHBzOi8vaGFyYm91cnRpbWVz?oc=5`, publisherUrl: false,
      title: 'Harbour bridge repair bill doubles to £48m, council admits', outlet: 'Harbour Times', host: 'harbourtimes.example',
      published: '2026-11-25T09:20:00.000Z', snippet: null, rank: 0,
    });
    expect(items.map((i) => i.host)).toEqual(['harbourtimes.example', 'eveningdispatch.example', 'coastalcourier.example']);
  });

  it('reads an empty channel as no items and an HTML page as an error', () => {
    expect(googleNews.parse(relatedFixture('google-news-empty.xml'))).toEqual([]);
    expect(() => googleNews.parse(relatedFixture('google-news-error.html'))).toThrow("Google News answered: Sorry... We're sorry... ... but your computer or network");
  });
});

describe('Bing News', () => {
  it('asks without quotes (quoted phrases sometimes return nothing)', () => {
    const url = new URL(bingNews.requestUrl(buildQuery(wellsSheet()), 'http://127.0.0.1:9/ok'));
    expect(url.pathname).toBe('/ok/news/search');
    expect(url.searchParams.get('q')).toBe('Maria Okonjo Department of Water Resources Orvale basin wells hydrologist');
    expect(url.searchParams.get('format')).toBe('rss');
  });

  it('opens the publisher’s URL from url=, never the click-tracking redirect, nor a javascript: URL', () => {
    const items = bingNews.parse(relatedFixture('bing-news.xml', O));
    expect(items.map((i) => [i.url, i.publisherUrl, i.outlet])).toEqual([
      [`${O}/publisher/harbour-times/repairs-bill-doubles`, true, 'Harbour Times'],
      [`${O}/publisher/north-gazette/underestimated?utm_source=bing`, true, 'North Gazette'],
      ['http://www.bing.com/news/apiclick.aspx?ref=FexRss&url=javascript%3aalert(1)', false, 'Odd Source'],
    ]);
    expect(items[1]!.title).toBe("Council 'underestimated' harbour bridge repairs, report says");
    expect(items[2]!.snippet).toBe('A snippet with markup that must stay text.');
  });

  it('finds no publisher URL in a link without an http(s) url= parameter', () => {
    expect(publisherUrl('http://www.bing.com/news/apiclick.aspx?url=javascript%3aalert(1)')).toBeNull();
    expect(publisherUrl('javascript:alert(1)')).toBeNull();
  });
});
