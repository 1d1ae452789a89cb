import { describe, expect, it } from 'vitest';
import { mergeResults } from '../../../src/background/related/merge';
import { urlKey, withoutTracking } from '../../../src/background/related/normalise-url';
import { bingNews } from '../../../src/background/related/providers/bing-news';
import { gdelt } from '../../../src/background/related/providers/gdelt';
import { googleNews } from '../../../src/background/related/providers/google-news';
import type { RawItem } from '../../../src/background/related/providers/provider';
import { buildQuery } from '../../../src/background/related/query/build-query';
import { titleSimilarity } from '../../../src/background/related/title-similarity';
import { fixtureSheet, relatedFixture } from './helpers';

const O = 'http://127.0.0.1:9';
const sheet = fixtureSheet('related/pages/harbour-bridge-recent.html', 'https://www.coastalcourier.example/news/2026/11/25/harbour-bridge-repairs');
const query = buildQuery(sheet);

describe('URL normalisation', () => {
  it('ignores scheme, www, fragment, trailing slash and tracking parameters', () => {
    expect(urlKey('https://www.example.org/a/b/?utm_source=x&id=3#top')).toBe('example.org/a/b?id=3');
    expect(urlKey('http://example.org/a/b?id=3&fbclid=1')).toBe('example.org/a/b?id=3');
    expect(urlKey('https://amp.example.org/a/b/amp/')).toBe('example.org/a/b');
  });

  it('removes tracking parameters from the link it opens, and nothing else', () => {
    expect(withoutTracking('https://example.org/a?utm_source=bing&page=2&gclid=9')).toBe('https://example.org/a?page=2');
  });
});

describe('title similarity', () => {
  it('scores shared content words', () => {
    expect(titleSimilarity('Harbour bridge repair bill doubles to £48m', 'Harbour bridge repair bill doubles to £48m, council admits')).toBe(0.75);
    expect(titleSimilarity('Harbour bridge repair bill doubles', 'Election results in the north')).toBe(0);
  });
});

describe('mergeResults', () => {
  const answers = (): RawItem[][] => [
    gdelt.parse(relatedFixture('gdelt-articles.json', O)),
    googleNews.parse(relatedFixture('google-news.xml', O)),
    bingNews.parse(relatedFixture('bing-news.xml', O)),
  ];

  it('deduplicates by URL and by title, leaves out the article’s own outlet, and ranks', () => {
    const items = mergeResults(answers(), query, sheet);
    expect(items.map((i) => [i.outlet, i.url, i.services])).toEqual([
      // The same page from three services (GDELT's copy with utm_ parameters), once, as Bing names it.
      ['Harbour Times', `${O}/publisher/harbour-times/repairs-bill-doubles`, ['bing-news', 'gdelt', 'google-news']],
      // Tracking parameters dropped from the link opened.
      ['North Gazette', `${O}/publisher/north-gazette/underestimated`, ['bing-news']],
      ['westpost.example', `${O}/publisher/west-post/bridge-estimate`, ['gdelt']],
      // A bad url= leaves Bing's own (http) link; the javascript: URL from GDELT is gone.
      ['Odd Source', 'http://www.bing.com/news/apiclick.aspx?ref=FexRss&url=javascript%3aalert(1)', ['bing-news']],
      // Google's opaque link kept as is.
      ['Evening Dispatch', `${O}/publisher/google-redirect/CBMiL2h0dHBzOi8vZXZlbmluZ2Rpc3BhdGNo?oc=5`, ['google-news']],
    ]);
  });

  it('keeps the snippet and date of a merged duplicate', () => {
    const [first] = mergeResults(answers(), query, sheet);
    expect(first!.snippet).toBe('The council now expects the repairs to cost £48m, double the £24m estimate published last spring, after inspectors found corrosion in the main cables.');
    expect(first!.published).toBe('2026-11-25T09:31:00.000Z');
    expect(first!.comparisons.map((c) => c.note)).toEqual([
      'Same figure as this article (twice).', 'Same figure as this article (£48m).', 'Same figure as this article (£24 million).',
    ]);
  });

  it('compares figures in other outlets’ headlines and snippets with the article’s', () => {
    const items = mergeResults(answers(), query, sheet);
    const west = items.find((i) => i.outlet === 'westpost.example')!;
    expect(west.comparisons).toEqual([
      { kind: 'figure', theirs: '£40m', ours: '£48m', note: 'westpost.example: £40m; this article: £48m.' },
    ]);
    const gazette = items.find((i) => i.outlet === 'North Gazette')!;
    expect(gazette.comparisons.map((c) => c.note)).toEqual([
      'Same figure as this article (£24 million).',
      'North Gazette: 60 percent; this article: 40 percent.',
    ]);
  });

  it('answers nothing for nothing', () => {
    expect(mergeResults([[], []], query, sheet)).toEqual([]);
  });
});
