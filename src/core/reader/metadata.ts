import type { ArticleMeta } from '../types';
import { collapseWhitespace } from '../text/normalize';
import { isPersonName, type MetaValues, readAuthors } from './authors';
import { decodeEntities } from './entities';
import { type JsonObject, pickArticleNode, textOf } from './json-ld';
import { mastheadName } from './masthead';
import { readPublishers, titleSuffix } from './publisher';
import { firstDate, type MetaReader, readPublished } from './published-date';
import { readTitle } from './title';

export { accountLinkNames, headBylineNames, isPersonName, signOffNames, signOffs, splitByline } from './authors';
export { decodeEntities } from './entities';

// Article metadata, from the most trusted source down: JSON-LD, then meta tags (OpenGraph,
// Dublin Core, Twitter, parsely), then the page itself (<h1>, <time>, byline), then the URL.

export function readMetadata(doc: Document, url: string | null, jsonLd: JsonObject[]): ArticleMeta {
  const article = pickArticleNode(jsonLd);
  const { metaTag, metaValues } = metaReader(doc);
  const ogSite = metaTag('og:site_name', 'application-name');
  const language = readLanguage(doc, article, metaTag);

  const declaredPublishers = uniqueNames(readPublishers(doc, url, article, jsonLd, ogSite, metaTag));
  const authors = readAuthors(doc, article, metaValues, declaredPublishers, jsonLd);
  // Nothing names the outlet: the title's last part ("… | Los Angeles Times", "… - NPR"), then the
  // masthead's logo or the copyright line, and the host name only after them; never a person's
  // name (a blog's author) or one plain word ("Politics").
  const suffix = declaredPublishers.length ? null : titleSuffix(doc);
  const fromTitle = suffix && outletShaped(suffix) && !authors.some((author) => author.toLowerCase() === suffix.toLowerCase()) ? suffix : null;
  const publisherNames = declaredPublishers.length ? declaredPublishers : uniqueNames([fromTitle ?? mastheadName(doc, url)]);

  return {
    title: readTitle(doc, article, metaTag, [...publisherNames, hostName(url) ?? '', ogSite ?? ''].filter(Boolean)),
    published: readPublished(doc, url, article, jsonLd, metaTag, language),
    modified: firstDate([
      textOf(article?.dateModified),
      metaTag('article:modified_time', 'og:updated_time', 'dateModified', 'last-modified', 'dcterms.modified'),
      doc.querySelector('time[itemprop="dateModified"], [itemprop="dateModified"]')?.getAttribute('datetime') ?? null,
    ]),
    authors,
    publisher: publisherNames[0] ?? hostName(url),
    publishers: publisherNames.length ? publisherNames : [hostName(url)].filter((n): n is string => !!n),
    language,
    canonicalUrl: absoluteUrl(doc.querySelector('link[rel="canonical" i]')?.getAttribute('href'), url)
      ?? absoluteUrl(metaTag('og:url'), url) ?? url,
    section: textOf(article?.articleSection) ?? metaTag('article:section', 'section', 'parsely-section'),
    image: absoluteUrl(textOf(article?.image) ?? metaTag('og:image', 'twitter:image'), url),
    description: cleanText(textOf(article?.description) ?? metaTag('og:description', 'description', 'twitter:description')),
  };
}

/** "Los Angeles Times", "NPR", "TechCrunch": several words, an acronym or a joined name, and no person's. */
function outletShaped(name: string): boolean {
  if (/^[\p{Lu}\d.&]{2,6}$/u.test(name)) return true;
  if (isPersonName(name)) return false;
  return /\s/.test(name.trim()) || /\p{Ll}\p{Lu}/u.test(name);
}

/**
 * Looks meta tags up by `property`, `name` or `itemprop`, case-insensitively, in the order given.
 * A `property` may list several names ("og:title twitter:title"); a name may repeat (one
 * `author` meta per writer), which `metaValues` returns in page order.
 */
function metaReader(doc: Document): { metaTag: MetaReader; metaValues: MetaValues } {
  const byName = new Map<string, string[]>();
  const metas = doc.querySelectorAll('meta');
  for (let index = 0; index < Math.min(metas.length, 2000); index++) {
    const element = metas[index]!;
    const keys = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop'))
      ?.trim().toLowerCase().split(/\s+/) ?? [];
    const content = element.getAttribute('content')?.trim();
    if (!content) continue;
    for (const key of keys.slice(0, 5)) {
      if (!key) continue;
      const values = byName.get(key) ?? [];
      if (values.length < 20) values.push(content);
      byName.set(key, values);
    }
  }
  const metaTag: MetaReader = (...names) => {
    for (const name of names) {
      const value = byName.get(name.toLowerCase())?.[0];
      if (value) return value;
    }
    return null;
  };
  const metaValues: MetaValues = (...names) => names.flatMap((name) => byName.get(name.toLowerCase()) ?? []);
  return { metaTag, metaValues };
}

function readLanguage(doc: Document, article: JsonObject | undefined, metaTag: MetaReader): string | null {
  const value = doc.documentElement?.getAttribute('lang') ?? textOf(article?.inLanguage)
    ?? metaTag('og:locale', 'language', 'content-language', 'dc.language');
  return value ? value.replace('_', '-').trim() || null : null;
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
