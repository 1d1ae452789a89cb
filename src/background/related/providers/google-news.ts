import { htmlToText, parseRss } from '../xml/rss';
import { hostOfUrl, safeHttpUrl, ServiceAnswerError, type Provider, type RawItem } from './provider';
import { rssDate } from './rss-dates';

// Google News RSS search, in the edition of the article's country and language.
// Links are opaque redirect tokens that cannot be decoded here: the link is kept as is and the
// outlet's domain comes from `<source url>`. Titles end with " - Publisher": cut.

export const googleNews: Provider = {
  id: 'google-news',
  label: 'Google News',
  defaultBaseUrl: 'https://news.google.com',
  minIntervalMs: 1_000,

  unsupported(query) {
    return query.text ? null : 'The article gives too few words to search for.';
  },

  requestUrl(query, baseUrl) {
    const { language, country } = query.locale;
    const when = query.window ? `after:${query.window.from} before:${query.window.to}` : 'when:7d';
    const params = new URLSearchParams({
      q: `${query.text} ${when}`, hl: `${language}-${country}`, gl: country, ceid: `${country}:${language}`,
    });
    return `${baseUrl}/rss/search?${params}`;
  },

  parse(body) {
    const feed = parseRss(body);
    if (!feed.isFeed) throw new ServiceAnswerError(`Google News answered: ${htmlToText(body).slice(0, 160) || '(nothing)'}`);
    const items: RawItem[] = [];
    feed.items.forEach((item, rank) => {
      const url = safeHttpUrl(item.link);
      if (!url || !item.title) return;
      const outlet = item.source?.name ?? '';
      const host = hostOfUrl(item.source?.url);
      const title = stripPublisher(item.title, outlet);
      const description = item.description ? htmlToText(item.description) : '';
      // The description repeats the title and the outlet; it is a snippet only when it says more.
      const snippet = description && !description.startsWith(title) ? description : null;
      items.push({
        service: 'google-news', url, publisherUrl: false, title, outlet: outlet || host || '', host,
        published: rssDate(item.pubDate), snippet, rank,
      });
    });
    return items;
  },
};

function stripPublisher(title: string, outlet: string): string {
  if (outlet && title.endsWith(` - ${outlet}`)) return title.slice(0, -(outlet.length + 3)).trim();
  const cut = title.lastIndexOf(' - ');
  return cut > 20 ? title.slice(0, cut).trim() : title;
}
