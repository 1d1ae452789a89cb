import { child, childText, findAll, parseXml } from './parse-xml';

// RSS 2.0 items as the news services send them, with the fields related coverage reads.

export interface RssItem {
  title: string | null;
  link: string | null;
  pubDate: string | null;
  description: string | null;
  /** `<source url="…">Name</source>` (Google News). */
  source: { name: string | null; url: string | null } | null;
  /** `<News:Source>` (Bing News). */
  newsSource: string | null;
}

export interface RssFeed {
  /** False when the body has no `<rss>`/`<channel>`/`<item>` at all (an HTML error page, plain text). */
  isFeed: boolean;
  items: RssItem[];
}

const MAX_ITEMS = 100;

export function parseRss(body: string): RssFeed {
  const document = parseXml(body);
  const isFeed = findAll(document, 'rss').length > 0 || findAll(document, 'channel').length > 0 || findAll(document, 'feed').length > 0;
  const items = findAll(document, 'item').slice(0, MAX_ITEMS).map((item): RssItem => {
    const source = child(item, 'source');
    return {
      title: childText(item, 'title'),
      link: childText(item, 'link'),
      pubDate: childText(item, 'pubdate'),
      description: childText(item, 'description'),
      source: source ? { name: source.text.trim() || null, url: source.attributes['url'] ?? null } : null,
      newsSource: childText(item, 'news:source'),
    };
  });
  return { isFeed: isFeed || items.length > 0, items };
}

const TAG = /<[^<>]{0,2000}>/g;
const SPACES = /\s+/g;

/** Text of an HTML fragment (an RSS description): tags dropped, entities decoded by the XML pass. */
export function htmlToText(html: string): string {
  return decodeHtml(html.replace(TAG, ' ')).replace(SPACES, ' ').trim();
}

function decodeHtml(text: string): string {
  // Descriptions are escaped HTML: the XML pass decoded one level; a second level may remain.
  return text.replace(/&(nbsp|amp|quot|#39|apos|lt|gt);/g, (_, name: string) =>
    ({ nbsp: ' ', amp: '&', quot: '"', '#39': "'", apos: "'", lt: '<', gt: '>' })[name] ?? ' ');
}
