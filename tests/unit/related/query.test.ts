import { describe, expect, it } from 'vitest';
import { distinctiveness, isStopWord } from '../../../src/background/related/query/background-frequency';
import { buildQuery } from '../../../src/background/related/query/build-query';
import { articleLocale } from '../../../src/background/related/query/locale';
import { searchLinks } from '../../../src/background/related/search-links';
import { fixtureSheet, wellsSheet } from './helpers';

describe('buildQuery on the syndicated wells article', () => {
  const query = buildQuery(wellsSheet());

  it('names the people, places and organisations of the story', () => {
    expect(query.entities).toEqual(['Maria Okonjo', 'Department of Water Resources', 'Orvale']);
  });

  it('keeps the distinctive terms, not everyday words', () => {
    expect(query.keywords).toEqual(['basin', 'wells', 'hydrologist']);
    expect(query.text).toBe('"Maria Okonjo" "Department of Water Resources" Orvale basin wells hydrologist');
  });

  it('puts a window around the publication day, with language, country and the own outlet', () => {
    expect(query.window).toEqual({ from: '2025-03-11', to: '2025-03-18' });
    expect(query.published).toBe('2025-03-13T02:15:40.000Z');
    expect(query.locale).toEqual({ language: 'en', country: 'US' });
    expect(query.ownHosts).toEqual(['pacificpress.example']);
    expect(query.ownOutlets).toEqual(['Pacific Press Network', 'The Valley Ledger']);
  });
});

describe('buildQuery on the project fixtures', () => {
  it('harbour bridge budget: the quoted councillor without his title, the organisation, the bridge', () => {
    const query = buildQuery(fixtureSheet('pages/harbor-bridge-budget.html', 'https://coastalcourier.example/news/2026/03/12/harbour-bridge-repairs-cost'));
    expect(query.entities).toEqual(['Martin Hale', 'Federation of Small Businesses', 'Harbour Bridge']);
    expect(query.keywords).toEqual(['estimate', 'repairs', 'twice']);
    expect(query.locale).toEqual({ language: 'en', country: 'GB' });
    expect(query.window).toEqual({ from: '2026-03-10', to: '2026-03-17' });
  });

  it('recent harbour article: places from the opening', () => {
    const query = buildQuery(fixtureSheet('related/pages/harbour-bridge-recent.html', 'https://www.coastalcourier.example/news/2026/11/25/harbour-bridge-repairs'));
    expect(query.text).toBe('"Ada Morven" "Harbour Bridge" "Port Elwin" estimate repairs twice');
    expect(query.ownHosts).toEqual(['coastalcourier.example']);
  });
});

describe('background frequency list', () => {
  it('weights common words low and unknown words high', () => {
    expect(distinctiveness('the')).toBe(0);
    expect(distinctiveness('said')).toBeLessThan(0.5);
    expect(distinctiveness('casualty')).toBe(1);
    expect(isStopWord('with')).toBe(true);
    expect(isStopWord('troops')).toBe(false);
  });
});

describe('articleLocale', () => {
  const sheet = (language: string | null, url: string | null) =>
    ({ url, meta: { language, canonicalUrl: null } }) as unknown as Parameters<typeof articleLocale>[0];
  it('reads the language tag, then the country-code domain, then defaults to the US', () => {
    expect(articleLocale(sheet('en-GB', null))).toEqual({ language: 'en', country: 'GB' });
    expect(articleLocale(sheet('en', 'https://www.example.co.uk/a'))).toEqual({ language: 'en', country: 'GB' });
    expect(articleLocale(sheet('de', 'https://example.de/a'))).toEqual({ language: 'de', country: 'DE' });
    expect(articleLocale(sheet(null, null))).toEqual({ language: 'en', country: 'US' });
  });
});

describe('searchLinks', () => {
  it('builds service-free search links from the query', () => {
    const links = searchLinks(buildQuery(wellsSheet()));
    expect(links.map((l) => l.label)).toEqual(['Google News', 'Bing News', 'DuckDuckGo']);
    expect(links[0]!.url).toBe('https://news.google.com/search?q=%22Maria+Okonjo%22+%22Department+of+Water+Resources%22+Orvale+basin+wells+hydrologist&hl=en-US&gl=US&ceid=US%3Aen');
    expect(links[2]!.url).toBe('https://duckduckgo.com/?q=%22Maria+Okonjo%22+%22Department+of+Water+Resources%22+Orvale+basin+wells+hydrologist&iar=news&ia=news');
  });
});
