import type { RelatedQuery } from './query/build-query';

// Links that need no service and send nothing until the reader clicks: the story searched on
// Google News, Bing News and DuckDuckGo, built from the same query.

export interface SearchLink {
  label: string;
  url: string;
}

export function searchLinks(query: RelatedQuery): SearchLink[] {
  if (!query.text) return [];
  const { language, country } = query.locale;
  const google = new URLSearchParams({ q: query.text, hl: `${language}-${country}`, gl: country, ceid: `${country}:${language}` });
  const bing = new URLSearchParams({ q: query.text });
  const duck = new URLSearchParams({ q: query.text, iar: 'news', ia: 'news' });
  return [
    { label: 'Google News', url: `https://news.google.com/search?${google}` },
    { label: 'Bing News', url: `https://www.bing.com/news/search?${bing}` },
    { label: 'DuckDuckGo', url: `https://duckduckgo.com/?${duck}` },
  ];
}
