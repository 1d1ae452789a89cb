import { htmlToText, parseRss } from '../xml/rss';
import { hostOfUrl, safeHttpUrl, ServiceAnswerError, type Provider, type RawItem } from './provider';
import { rssDate } from './rss-dates';

// Bing News RSS (undocumented). The link is a click-tracking redirect whose `url=` parameter is
// the publisher's page: that page is opened directly, so no tracking redirect is followed.
// Quoted phrases sometimes return nothing, so the query goes without quotes.

export const bingNews: Provider = {
  id: 'bing-news',
  label: 'Bing News',
  defaultBaseUrl: 'https://www.bing.com',
  minIntervalMs: 1_000,

  unsupported(query) {
    return query.text ? null : 'The article gives too few words to search for.';
  },

  requestUrl(query, baseUrl) {
    const { language, country } = query.locale;
    const params = new URLSearchParams({
      q: query.text.replace(/"/g, ''), format: 'rss', setlang: language, cc: country,
    });
    return `${baseUrl}/news/search?${params}`;
  },

  parse(body) {
    const feed = parseRss(body);
    if (!feed.isFeed) throw new ServiceAnswerError(`Bing News answered: ${htmlToText(body).slice(0, 160) || '(nothing)'}`);
    const items: RawItem[] = [];
    feed.items.forEach((item, rank) => {
      const publisher = publisherUrl(item.link);
      const url = publisher ?? safeHttpUrl(item.link);
      if (!url || !item.title) return;
      const host = hostOfUrl(publisher);
      items.push({
        service: 'bing-news', url, publisherUrl: publisher !== null, title: htmlToText(item.title),
        outlet: item.newsSource ?? host ?? '', host, published: rssDate(item.pubDate),
        snippet: item.description ? htmlToText(item.description) || null : null, rank,
      });
    });
    return items;
  },
};

/** The publisher's URL inside Bing's apiclick link (`url=`), when it is http(s). */
export function publisherUrl(link: string | null): string | null {
  const url = safeHttpUrl(link);
  if (!url) return null;
  const parsed = new URL(url);
  return safeHttpUrl(parsed.searchParams.get('url'));
}
