import type { ArticleMeta } from '../types';
import { collapseWhitespace } from '../text/normalize';
import { type JsonObject, namesOf, pickArticleNode, textOf, typesOf } from './json-ld';
import { readPublishers } from './publisher';
import { firstDate, type MetaReader, readPublished } from './published-date';

// Article metadata, from the most trusted source down: JSON-LD, then meta tags (OpenGraph,
// Dublin Core, Twitter, parsely), then the page itself (<h1>, <time>, byline), then the URL.

export function readMetadata(doc: Document, url: string | null, jsonLd: JsonObject[]): ArticleMeta {
  const article = pickArticleNode(jsonLd);
  const metaTag = metaReader(doc);
  const ogSite = metaTag('og:site_name', 'application-name');
  const language = readLanguage(doc, article, metaTag);

  const publisherNames = uniqueNames(readPublishers(doc, url, article, jsonLd, ogSite));

  return {
    title: readTitle(doc, article, metaTag, publisherNames, url),
    published: readPublished(doc, url, article, jsonLd, metaTag, language),
    modified: firstDate([
      textOf(article?.dateModified),
      metaTag('article:modified_time', 'og:updated_time', 'dateModified', 'last-modified', 'dcterms.modified'),
      doc.querySelector('time[itemprop="dateModified"], [itemprop="dateModified"]')?.getAttribute('datetime') ?? null,
    ]),
    authors: readAuthors(doc, article, metaTag, publisherNames),
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

function readTitle(doc: Document, article: JsonObject | undefined, metaTag: MetaReader, publishers: string[], url: string | null): string | null {
  const sites = [...publishers, hostName(url) ?? '', metaTag('og:site_name') ?? ''].filter(Boolean);
  const clean = (text: string | null) => (text ? stripSiteName(cleanText(text) ?? '', sites) || null : null);
  const h1 = singleHeadline(doc);
  // The headline fields vote: the value most of them agree on wins (an outlet often gives
  // JSON-LD a search-engine headline and og:title a social one; the visible <h1> breaks ties).
  const sources = [clean(metaTag('og:title')), clean(textOf(article?.headline)), clean(h1), clean(metaTag('twitter:title'))];
  let best: string | null = null;
  let bestVotes = 0;
  for (const candidate of sources) {
    if (!candidate) continue;
    const key = candidate.toLowerCase();
    const votes = sources.filter((other) => other?.toLowerCase() === key).length;
    // A tie goes to the headline the page prints (its <h1>), not a social or search variant.
    const printed = key === clean(h1)?.toLowerCase();
    if (votes > bestVotes || (votes === bestVotes && printed)) {
      best = candidate;
      bestVotes = votes;
    }
  }
  if (best) return best;
  return clean(metaTag('dc.title', 'headline', 'parsely-title', 'sailthru.title')) ?? clean(titleFromDocumentTitle(documentTitle(doc), h1));
}

/** `document.title`, which some DOMs throw on for a document without an element. */
function documentTitle(doc: Document): string {
  if (!doc.documentElement) return '';
  return doc.querySelector('title')?.textContent ?? '';
}

/** The page's one <h1>, when it has exactly one of headline length. */
function singleHeadline(doc: Document): string | null {
  const h1s = doc.querySelectorAll('h1');
  if (h1s.length !== 1) return null;
  const text = collapseWhitespace(h1s[0]!.textContent ?? '');
  return text.length >= 10 && text.length <= 300 ? text : null;
}

/** `<title>` without the site's part: the part the <h1> repeats, or the longest part. */
function titleFromDocumentTitle(title: string, h1: string | null): string | null {
  const text = collapseWhitespace(title ?? '');
  if (!text) return null;
  const parts = text.split(/\s+[|–—·»]\s+|\s+-\s+/).filter(Boolean);
  if (parts.length < 2) return text;
  if (h1) {
    const same = parts.find((part) => part.toLowerCase() === h1.toLowerCase());
    if (same) return same;
  }
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.split(/\s+/).length >= 4 ? longest : text;
}

const TITLE_PARTS = /\s+[|–—·*»:]\s+|\s+-\s+/;

/** "Headline - Section | Site Name" → "Headline": trailing parts naming the site (or "by X") go, with a section before them. */
function stripSiteName(title: string, sites: string[]): string {
  if (!TITLE_PARTS.test(title)) return title;
  const parts = title.split(/(\s+[|–—·*»]\s+|\s+-\s+)/);
  const keys = sites.map(letters).filter((key) => key.length >= 3);
  let strippedSite = false;
  while (parts.length >= 3) {
    const tail = parts[parts.length - 1]!.trim();
    const key = letters(tail);
    const namesSite = keys.some((site) => key.includes(site) || (key.length >= 4 && site.includes(key)));
    const isSection = strippedSite && tail.split(/\s+/).length <= 2;
    if (!namesSite && !/^by\s/i.test(tail) && !isSection) break;
    strippedSite ||= namesSite;
    parts.splice(parts.length - 2, 2);
  }
  const head = parts.join('').trim();
  return head.length >= 10 ? head : title;
}

function letters(text: string): string {
  return text.toLowerCase().replace(/^www\./, '').replace(/\.(com|co\.uk|org|net|ca|com\.au|co\.za|in)$/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

// Agencies, desks and outlets sign articles too, but they are not people.
const NOT_A_PERSON = /^(?:staff|reuters|ap|afp|dpa|ani|pti|ians|upi|pa|efe|xinhua|yonhap|bloomberg|cnn|bbc(?: news)?|associated press|agence france-presse|press association|agencies|guest(?: author)?|admin|administrator|editor|editors|web desk|news desk|editorial(?: board)?|.*\b(?:staff|desk|team|reporters?|correspondents?|newsroom|wire|agencies|news service|contributors?)\b.*)$/i;
const NAME_SHAPED = /^[\p{Lu}\p{Lt}][\p{L}'’.-]*(?:\s+(?:(?:de|da|van|von|der|den|du|la|le|bin|al|el|di|y)\s+)*[\p{Lu}\p{Lt}][\p{L}'’.-]*){0,4}$/u;
const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'dcsext.author', 'byl', 'cxenseparse:author', 'twitter:creator:name'];

function readAuthors(doc: Document, article: JsonObject | undefined, metaTag: MetaReader, publishers: string[]): string[] {
  const fromJsonLd = personNames(article?.author ?? article?.creator);
  const fromMeta = AUTHOR_META.map((name) => metaTag(name) ?? '');
  const fromPage = Array.from(doc.querySelectorAll('[itemprop="author"] [itemprop="name"], [itemprop="author"], [rel="author"], .byline__name, .author-name, .byline .author, .c-byline__author, [data-testid="author-name"]'))
    .slice(0, 10).map((element) => element.getAttribute('content') ?? element.textContent ?? '');
  const fromBylines = Array.from(doc.querySelectorAll('[class*="byline" i], [class*="author" i], [id*="byline" i]'))
    .slice(0, 30).map((element) => element.textContent ?? '').filter((text) => text.length < 150);
  const publisherKeys = new Set(publishers.map((name) => name.toLowerCase()));
  const people = (list: string[]) => uniqueNames(list.flatMap(splitByline))
    .filter((name) => isPersonName(name) && !publisherKeys.has(name.toLowerCase()));
  const authorLinks = Array.from(doc.querySelectorAll('a[href*="/author/" i], a[href*="/authors/" i], a[href*="/person/" i], a[href*="/people/" i], a[href*="/profile/" i]'))
    .slice(0, 20).map((element) => element.textContent ?? '');
  const printed = people([...fromPage, ...fromBylines, ...authorLinks]);
  for (const list of [fromJsonLd, fromMeta, fromPage, fromBylines]) {
    const names = people(list);
    if (names.length) return names.slice(0, 12).map((name) => asPrinted(name, printed));
  }
  const signedOff = people(signOffs(doc));
  if (signedOff.length) return signedOff.slice(0, 12);
  // No person: the wire service that signs the story ("Reuters") is its author, never the outlet itself.
  const agency = uniqueNames([...namesOf(article?.author), ...fromMeta])
    .find((name) => AGENCY.test(name) && !publisherKeys.has(name.toLowerCase()));
  return agency ? [agency] : [];
}

/** "Timothy Nerozzi" in the metadata is "Timothy H.J. Nerozzi" in the printed byline: the page's fuller form. */
function asPrinted(name: string, printed: string[]): string {
  const words = name.toLowerCase().split(/\s+/);
  const fuller = printed.find((other) => {
    const otherWords = other.toLowerCase().split(/\s+/);
    return otherWords.length > words.length && otherWords[0] === words[0] && otherWords[otherWords.length - 1] === words[words.length - 1];
  });
  return fuller ?? name;
}

const SIGN_OFF_CUE = /(?:reporting|reported|writing|written)\s+by\s/i;
const SIGN_OFF_PART = /^(?:additional\s+)?(?:reporting|reported|writing|written)\s+by\s+(.+)$/i;

/** "Reporting by X in Y; additional reporting by Z; Editing by W" → the reporters and writers (editors are not authors). */
export function signOffs(doc: Document): string[] {
  const elements = doc.querySelectorAll('p, div, span, em, i');
  const names: string[] = [];
  for (let index = elements.length - 1, seen = 0; index >= 0 && seen < 3000; index--, seen++) {
    const element = elements[index]!;
    if (element.children.length > 6) continue;
    const text = element.textContent ?? '';
    if (text.length > 400 || !SIGN_OFF_CUE.test(text)) continue;
    names.push(...signOffNames(text));
    if (names.length) break;
  }
  return names;
}

export function signOffNames(text: string): string[] {
  const names: string[] = [];
  for (const part of collapseWhitespace(text).split(/\s*[;|]\s*|\.\s+(?=\p{Lu})/u)) {
    const match = SIGN_OFF_PART.exec(part.replace(/^[^\p{L}]+/u, '').trim());
    if (match) names.push(match[1]!.replace(/[.)]+$/, ''));
  }
  return names;
}

const AGENCY = /^(?:reuters|associated press|the associated press|ap|afp|agence france-presse|dpa|efe|ansa|anadolu(?: agency)?|xinhua|yonhap|kyodo(?: news)?|pti|ians|ani|upi|press association|pa media|bloomberg(?: news)?|tass|ria novosti|apa|sda|epd|kna)$/i;

/** JSON-LD authors that are people: organisations (an agency, the outlet) are left out. */
function personNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value.slice(0, 20) : [value];
  const names: string[] = [];
  for (const item of list) {
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      const types = typesOf(item as JsonObject);
      if (types.length && !types.includes('person')) continue;
    }
    const name = textOf(item);
    if (name) names.push(name);
  }
  return names;
}

export function isPersonName(name: string): boolean {
  if (name.length < 3 || name.length > 60 || /^https?:|@|\d/.test(name)) return false;
  if (NOT_A_PERSON.test(name)) return false;
  return NAME_SHAPED.test(name) || (name === name.toUpperCase() && /^[\p{Lu}' .-]+$/u.test(name));
}

/** "By Jane Doe and John Roe" → ["Jane Doe", "John Roe"]; "Jane Doe in London · CBC News" → ["Jane Doe"]. */
export function splitByline(byline: string): string[] {
  const text = collapseWhitespace(decodeEntities(byline))
    .replace(/^(?:written |reported |words |story )?(?:by|par|von|por)\s*:?\s+/i, '')
    .split(/\s+[·|•]\s+|\s+[-–—]\s+/)[0]!;
  return text.split(/\s*(?:,|;|\/|\band\b|&|\bwith\b)\s*/i)
    .map((part) => part.replace(/^by\s+/i, '').replace(/\s+in\s+\p{Lu}[\p{L} ]*$/u, '').replace(/\s+(?:for|from)\s+.*$/i, '').trim())
    .filter((part) => part.length > 1 && part.length < 60);
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

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”',
  mdash: '—', ndash: '–', hellip: '…', eacute: 'é', egrave: 'è', aacute: 'á', oacute: 'ó', uacute: 'ú', iacute: 'í',
  ntilde: 'ñ', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß', pound: '£', euro: '€', copy: '©',
};
const ENTITY = /&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi;

/** JSON-LD and meta content often carry HTML entities, sometimes encoded twice. */
export function decodeEntities(text: string): string {
  let out = text;
  for (let pass = 0; pass < 2 && out.includes('&'); pass++) {
    out = out.replace(ENTITY, (whole, body: string) => {
      if (body[0] !== '#') return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    });
  }
  return out;
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
