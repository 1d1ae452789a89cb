import type { ArticleMeta } from '../types';
import { collapseWhitespace } from '../text/normalize';
import { type JsonObject, namesOf, pickArticleNode, textOf } from './json-ld';
import { normalizeDateTime } from './date-time';

// Article metadata, from the most trusted source down: JSON-LD, then meta tags (OpenGraph,
// Dublin Core, Twitter, parsely), then the page itself (<h1>, <time>, byline), then the URL.

export function readMetadata(doc: Document, url: string | null, jsonLd: JsonObject[]): ArticleMeta {
  const article = pickArticleNode(jsonLd);
  const metaTag = metaReader(doc);
  const ogSite = metaTag('og:site_name', 'application-name');

  const publisherNames = uniqueNames([
    textOf(article?.publisher),
    ogSite,
    ...originalPublishers(article),
    textOf(article?.sourceOrganization),
  ]);

  return {
    title: readTitle(doc, article, metaTag, publisherNames),
    published: firstDate([
      textOf(article?.datePublished),
      metaTag('article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate',
        'publish-date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date'),
      timeElementDate(doc),
      textOf(article?.dateCreated),
      dateFromUrl(url),
    ]),
    modified: firstDate([
      textOf(article?.dateModified),
      metaTag('article:modified_time', 'og:updated_time', 'dateModified', 'last-modified', 'dcterms.modified'),
    ]),
    authors: readAuthors(doc, article, metaTag, publisherNames),
    publisher: publisherNames[0] ?? hostName(url),
    publishers: publisherNames.length ? publisherNames : [hostName(url)].filter((n): n is string => !!n),
    language: readLanguage(doc, article, metaTag),
    canonicalUrl: absoluteUrl(doc.querySelector('link[rel="canonical" i]')?.getAttribute('href'), url)
      ?? absoluteUrl(metaTag('og:url'), url) ?? url,
    section: textOf(article?.articleSection) ?? metaTag('article:section', 'section', 'parsely-section'),
    image: absoluteUrl(textOf(article?.image) ?? metaTag('og:image', 'twitter:image'), url),
    description: cleanText(textOf(article?.description) ?? metaTag('og:description', 'description', 'twitter:description')),
  };
}

type MetaReader = (...names: string[]) => string | null;

/** Looks meta tags up by `property`, `name` or `itemprop`, case-insensitively, in the order given. */
function metaReader(doc: Document): MetaReader {
  const byName = new Map<string, string>();
  for (const element of Array.from(doc.querySelectorAll('meta'))) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop'))
      ?.trim().toLowerCase();
    const content = element.getAttribute('content')?.trim();
    if (key && content && !byName.has(key)) byName.set(key, content);
  }
  return (...names) => {
    for (const name of names) {
      const value = byName.get(name.toLowerCase());
      if (value) return value;
    }
    return null;
  };
}

function originalPublishers(article: JsonObject | undefined): string[] {
  const based = article?.isBasedOn;
  if (!based || typeof based !== 'object') return [];
  return namesOf((based as JsonObject).publisher ?? (based as JsonObject).sourceOrganization);
}

function readTitle(doc: Document, article: JsonObject | undefined, metaTag: MetaReader, publishers: string[]): string | null {
  const candidates = [
    textOf(article?.headline),
    metaTag('og:title', 'twitter:title', 'dc.title', 'headline'),
    doc.querySelector('h1')?.textContent ?? null,
    doc.title,
  ];
  for (const candidate of candidates) {
    const title = candidate ? stripSiteName(cleanText(candidate) ?? '', publishers) : '';
    if (title) return title;
  }
  return null;
}

/** "Headline - Site Name" or "Headline | Site" → "Headline", when the tail names the site. */
function stripSiteName(title: string, publishers: string[]): string {
  const match = /^(.{10,}?)\s+[-|–—:·]\s+([^-|–—]{2,60})$/.exec(title);
  if (!match) return title;
  const tail = match[2]!.toLowerCase();
  const named = publishers.some((name) => tail.includes(name.toLowerCase()) || name.toLowerCase().includes(tail));
  return named ? match[1]!.trim() : title;
}

const NOT_A_PERSON = /^(staff|reuters|ap|afp|associated press|agencies|bloomberg|editorial( board)?|news desk|.*\b(staff|desk|team|reporters?|correspondents?|newsroom|wire|agencies)\b.*)$/i;

function readAuthors(doc: Document, article: JsonObject | undefined, metaTag: MetaReader, publishers: string[]): string[] {
  const fromJsonLd = namesOf(article?.author ?? article?.creator);
  const fromMeta = (metaTag('author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author') ?? '')
    .split(/\s*(?:,|;|\band\b|&)\s*/);
  const fromPage = Array.from(doc.querySelectorAll('[rel="author"], [itemprop="author"] [itemprop="name"], .byline .author, .author-name, .byline__name'))
    .slice(0, 10).map((element) => element.textContent ?? '');
  for (const list of [fromJsonLd, fromMeta, fromPage]) {
    const names = uniqueNames(list.flatMap(splitByline))
      .filter((name) => !NOT_A_PERSON.test(name) && !/^https?:/i.test(name))
      .filter((name) => !publishers.some((publisher) => publisher.toLowerCase() === name.toLowerCase()));
    if (names.length) return names;
  }
  return [];
}

/** "By Jane Doe and John Roe" → ["Jane Doe", "John Roe"]. */
function splitByline(byline: string): string[] {
  const text = collapseWhitespace(byline).replace(/^by\s+/i, '');
  return text.split(/\s*(?:,|;|\band\b|&)\s*/).map((part) => part.trim()).filter((part) => part.length > 1 && part.length < 60);
}

function readLanguage(doc: Document, article: JsonObject | undefined, metaTag: MetaReader): string | null {
  const value = doc.documentElement?.getAttribute('lang') ?? textOf(article?.inLanguage)
    ?? metaTag('og:locale', 'language', 'content-language', 'dc.language');
  return value ? value.replace('_', '-').trim() || null : null;
}

function timeElementDate(doc: Document): string | null {
  const time = doc.querySelector('article time[datetime], time[pubdate], time.published[datetime], time[datetime]');
  return time?.getAttribute('datetime') ?? null;
}

const URL_DATE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:\/|-|$)/;

function dateFromUrl(url: string | null): string | null {
  const match = url ? URL_DATE.exec(url) : null;
  if (!match) return null;
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}

function firstDate(candidates: (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    const normalized = candidate ? normalizeDateTime(candidate) : null;
    if (normalized) return normalized;
  }
  return null;
}

function uniqueNames(names: (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const clean = name ? cleanText(name) : null;
    if (!clean || seen.has(clean.toLowerCase())) continue;
    seen.add(clean.toLowerCase());
    out.push(clean);
  }
  return out;
}

function cleanText(text: string | null): string | null {
  const clean = text ? collapseWhitespace(decodeEntities(text)) : '';
  return clean || null;
}

/** JSON-LD and meta content sometimes carry HTML entities twice-encoded. */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|quot|#39|apos|lt|gt|nbsp);/g, (_, name: string) =>
    ({ amp: '&', quot: '"', '#39': "'", apos: "'", lt: '<', gt: '>', nbsp: ' ' })[name] ?? _);
}

function absoluteUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

function hostName(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}
