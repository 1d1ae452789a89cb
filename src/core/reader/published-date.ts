import { normalizeDateTime } from './date-time';
import { type JsonObject, textOf, typesOf } from './json-ld';
import { lastEditedDay } from './last-edited';
import { holdsMenuNotHeadline, isArticleFooter, type PrintedDay, printedDayLines } from './printed-date';

// The day the article was first published, from the most trusted source down: the article's
// JSON-LD, the meta tags publishers write, the page's own marked-up date (`itemprop`, `<time>`),
// the address, and last the date line the page prints. A "modified" date is never taken for
// the publication day while the page gives a first-published one.

export type MetaReader = (...names: string[]) => string | null;

const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'article:published', 'datePublished',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'published_date', 'published-date', 'publication_date',
  'publication-date', 'pub_date', 'article.published', 'article_date_original', 'original-publish-date',
  'sailthru.date', 'parsely-pub-date', 'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created',
  'dc.date', 'dcterms.date', 'date', 'citation_publication_date', 'citation_date', 'citation_online_date',
  'cxenseparse:recs:publishtime', 'rnews:datepublished', 'release_date', 'displaydate', 'dc.date.published',
];

/** Schema.org types whose `datePublished` is the page's own when no article node gives one. */
const PAGE_TYPES = new Set(['webpage', 'itempage', 'medicalwebpage', 'creativework', 'blogposting', 'socialmediaposting',
  'discussionforumposting', 'videoobject', 'question', 'qapage', 'podcastepisode', 'pressrelease', 'recipe']);

/** What the page says about its publication day, source by source, before one is chosen. */
export interface PublishedEvidence {
  /** The first-published date-time of the metadata (JSON-LD, meta tags, marked-up dates), normalised. */
  metadata: string | null;
  /** Every first-published date-time the metadata gives, source by source (they can disagree). */
  metadataDates: { source: string; date: string }[];
  /** The last-modified date-time the metadata gives. */
  modified: string | null;
  /** A whole day in the page's address (the given URL, else its canonical link). */
  address: string | null;
  /** A `<time datetime>` outside the page's furniture, when nothing better marks the date. */
  time: string | null;
  /** The best date line the page prints. */
  printed: PrintedDay | null;
  /** A whole day in the path of the page's share image (`og:image`): the day it was uploaded. */
  image: string | null;
  /** The day the page's footer says it was last edited ("This page was last edited on …"). */
  lastEdited: string | null;
  /** The best printed line cued as an update ("Letzte Änderung: 14.01.2022"), anywhere outside the furniture. */
  updated: string | null;
}

export function readPublished(doc: Document, url: string | null, article: JsonObject | undefined, nodes: JsonObject[],
  metaTag: MetaReader, language: string | null): string | null {
  return choosePublished(publishedEvidence(doc, url, article, nodes, metaTag, language));
}

export function publishedEvidence(doc: Document, url: string | null, article: JsonObject | undefined, nodes: JsonObject[],
  metaTag: MetaReader, language: string | null): PublishedEvidence {
  // The first listed meta tag that names a whole day: a journal's "2017/01" issue month gives way to its online day.
  const metaName = PUBLISHED_META.find((name) => normalizeDateTime(metaTag(name) ?? ''));
  const sources: [string, string | null][] = [
    ['json-ld', textOf(article?.datePublished)],
    [`meta ${metaName?.toLowerCase()}`, metaName ? metaTag(metaName) : null],
    ['markup', markedUpDate(doc)],
    ['meta named', metaName ? null : namedPublishedMeta(doc)],
    // The hAtom microformat of older blog engines: <abbr class="published" title="2011-03-30T21:05:00-07:00">.
    ['hatom', doc.querySelector('abbr.published[title], span.published[title]')?.getAttribute('title') ?? null],
    ['json-ld page', pageNodeDate(nodes)],
    ['json-ld text', unparsedJsonLdDate(doc)],
    ['json-ld created', textOf(article?.dateCreated)],
    ['time', timeElementDate(doc, true)],
  ];
  const metadataDates: { source: string; date: string }[] = [];
  for (const [source, value] of sources) {
    const date = value ? normalizeDateTime(value) : null;
    if (date) metadataDates.push({ source, date });
  }
  // A generic `date` meta or a WebPage node names some day of the page: a source that says
  // "published" (the markup's datePublished, an article's <time>) outranks it.
  const metadata = (metadataDates.find(({ source }) => !WEAK_SOURCES.has(source)) ?? metadataDates[0])?.date ?? null;
  const modified = firstDate([textOf(article?.dateModified), metaTag(...MODIFIED_META), markedUpModified(doc)]);
  const address = dateFromUrl(url) ?? pageAddresses(doc).map(dateFromUrl).find(Boolean) ?? null;
  const lines = printedDayLines(doc, language);
  return { metadata, metadataDates, modified, address, time: metadata ? null : firstDate([timeElementDate(doc, false)]), printed: lines.best,
    image: dateFromUrl(metaTag('og:image', 'twitter:image')), lastEdited: metadata ? null : lastEditedDay(doc, language), updated: lines.updated?.day ?? null };
}

/**
 * The publication day from the evidence. The metadata's first-published date wins, except where
 * the page's address names a day before it (the day the page first went up), or where the page's
 * own date line (by the headline, marked as a date or cued "Published") shows the
 * metadata is not the day the page presents:
 * - the metadata sources disagree, and the date line names one of their days: that one;
 * - the date line names the metadata's last-modified day: the page presents its update
 *   (a re-published guide, a story moved to a new day);
 * - only weak sources give a day (a generic `date` meta, a `<time>` somewhere in the article,
 *   a WebPage node), and the date line names another.
 */
export function choosePublished(evidence: PublishedEvidence): string | null {
  const { metadata, metadataDates, modified, address, time, printed, image, lastEdited, updated } = evidence;
  const line = isDateLine(printed) ? printed!.day : null;
  if (metadata) {
    // The address was minted when the page first went up: a metadata day days after it is a
    // re-publication stamp ("/2017/7/12/…" re-saved in 2019).
    if (address && daysAfter(address, metadata.slice(0, 10)) >= 2) return address;
    const local = localDay(primaryDate(metadataDates, modified) ?? metadata, address, line);
    if (!line || local.startsWith(line)) return local;
    const named = metadataDates.find(({ date }) => date.startsWith(line));
    if (named && new Set(metadataDates.map(({ date }) => date.slice(0, 10))).size > 1) return named.date;
    if (!named && modified?.startsWith(line)) return modified;
    if (!named && ownSources(metadataDates).every(({ source }) => WEAK_SOURCES.has(source))) return line;
    return local;
  }
  // The address outranks the date line, and the date line a bare <time>, which may as well be a sidebar's.
  // Then a day cued "published" anywhere, the footer's last-edit day (a wiki's), any printed day.
  // A day the page says it was changed ("Letzte Änderung: …") outranks a day it only mentions
  // (in a caption, a sentence, far from the headline): that one is an event's, not the page's.
  // Last, the day the share image was uploaded ("/files/2016/05/04/report.png"): as good as
  // nothing, but on most news pages the picture goes up the day the story does.
  const cuedPublished = printed?.cue === 'published' ? printed.day : null;
  const changed = updated && printed && isMentionedDay(printed) ? updated : null;
  return address ?? line ?? time ?? cuedPublished ?? lastEdited ?? changed ?? printed?.day ?? image ?? null;
}

/**
 * JSON-LD and the page's published-time meta tag naming different days: two claims to be the
 * first publication, and the earlier one is. A later meta tag is usually a re-publication stamp
 * (a blog post re-published, a live page re-stamped on every update).
 */
function primaryDate(dates: { source: string; date: string }[], modified: string | null): string | null {
  const fromJsonLd = dates.find(({ source }) => source === 'json-ld');
  const fromMeta = dates.find(({ source }) => source.startsWith('meta ') && !WEAK_SOURCES.has(source));
  if (!fromJsonLd || !fromMeta || fromJsonLd.date.slice(0, 10) === fromMeta.date.slice(0, 10)) return null;
  if (modified && Date.parse(modified) === Date.parse(fromMeta.date)) return null;
  const [meta, jsonLd] = [Date.parse(fromMeta.date), Date.parse(fromJsonLd.date)];
  return meta < jsonLd ? fromMeta.date : null;
}

/** The sources less the raw-text reading of a JSON-LD date that a parsed source already gave. */
function ownSources(dates: { source: string; date: string }[]): { source: string; date: string }[] {
  return dates.filter(({ source, date }) => source !== 'json-ld text' || !dates.some((other) => other.source !== source && other.date === date));
}

/** Sources that name some day of the page rather than its publication: a generic `date`, any `<time>`, a WebPage node. */
const WEAK_SOURCES = new Set(['meta date', 'meta dc.date', 'meta dcterms.date', 'json-ld page', 'time']);

/**
 * A printed date that is the page's date line: marked as a date or cued "Published", by the
 * headline. A line cued "Updated" never overrides the metadata: first published and last updated
 * are told apart.
 */
function isDateLine(printed: PrintedDay | null): boolean {
  if (!printed || printed.fromHeadline === null || printed.cue === 'updated') return false;
  return (printed.inDatePart || printed.cue === 'published') && printed.fromHeadline > -600 && printed.fromHeadline < 2500;
}

/** A printed day that is neither cued, nor marked as a date, nor by the headline: one the text mentions. */
function isMentionedDay(printed: PrintedDay): boolean {
  if (printed.cue || printed.inDatePart) return false;
  return printed.fromHeadline === null || printed.fromHeadline <= -600 || printed.fromHeadline >= 2500;
}

const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'dateModified', 'last-modified', 'dcterms.modified'];

/**
 * A time in UTC is often another day in the outlet's own zone: "2023-11-09T03:28Z" for a story
 * printed on 8 November in New York, "2023-11-01T23:01Z" for one printed on 2 November in Rome.
 * When the address or the printed date line names that neighbouring day, it is the outlet's day.
 */
function localDay(published: string, fromAddress: string | null, printed: string | null): string {
  const utc = /T(\d{2}):\d{2}(?::\d{2})?(?:Z|\+00:?00)$/.exec(published);
  if (!utc) return published;
  const hour = +utc[1]!;
  // Before 08:00 UTC it is still the day before from the Americas to UTC-8; after 20:00 UTC
  // it is already the next day from Moscow eastwards (and after 22:00 in central Europe).
  const neighbour = hour < 8 ? shiftDay(published.slice(0, 10), -1) : hour >= 20 ? shiftDay(published.slice(0, 10), 1) : null;
  if (!neighbour) return published;
  if (fromAddress === neighbour) return neighbour;
  if (!fromAddress && printed === neighbour) return neighbour;
  return published;
}

/** Whole days from `earlier` to `later` (both YYYY-MM-DD); negative when `later` is earlier. */
function daysAfter(earlier: string, later: string): number {
  return (Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / 86_400_000;
}

function shiftDay(day: string, by: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + by);
  return date.toISOString().slice(0, 10);
}

/**
 * A meta tag whose name says "published" in a vocabulary not listed above (`og:pubdate`,
 * `article:published_date`, `prism.publicationDate`, `vr:published-time`): read by
 * the shape of its name, so a CMS's own spelling counts too. Not a "last published" or
 * "publisher" name, nor an update or expiry time.
 */
function namedPublishedMeta(doc: Document): string | null {
  const metas = doc.querySelectorAll('meta[content]');
  for (let index = 0; index < Math.min(metas.length, 2000); index++) {
    const element = metas[index]!;
    const name = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? '').toLowerCase();
    if (name.length > 60 || !PUBLISHED_NAME.test(name) || NOT_PUBLISHED_NAME.test(name)) continue;
    const date = normalizeDateTime(element.getAttribute('content') ?? '');
    if (date) return date;
  }
  return null;
}

const PUBLISHED_NAME = /pub(?:lish(?:ed)?|lication)?[-_.: ]?(?:date|time|at)(?![a-z])|published$|^published/;
const NOT_PUBLISHED_NAME = /modif|updat|expir|publisher|revis|last|edit/;

/** `itemprop="datePublished"` in the page's markup, with its date in an attribute or its text. */
function markedUpDate(doc: Document): string | null {
  const element = doc.querySelector('[itemprop="datePublished" i], [property="datePublished" i]');
  if (!element) return null;
  return element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.getAttribute('title') ?? element.textContent;
}

/** `itemprop="dateModified"` in the page's markup. */
function markedUpModified(doc: Document): string | null {
  const element = doc.querySelector('[itemprop="dateModified" i]');
  return element?.getAttribute('content') ?? element?.getAttribute('datetime') ?? null;
}

/** The `datePublished` of the first page-like JSON-LD node (a WebPage, a video, a post). */
function pageNodeDate(nodes: JsonObject[]): string | null {
  for (const node of nodes) {
    if (!typesOf(node).some((type) => PAGE_TYPES.has(type))) continue;
    const value = textOf(node.datePublished) ?? textOf(node.uploadDate) ?? textOf(node.dateCreated);
    if (value) return value;
  }
  return null;
}

/** A `datePublished` in a JSON-LD script too broken to parse (raw line breaks, stray quotes). */
function unparsedJsonLdDate(doc: Document): string | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  for (let index = 0; index < Math.min(scripts.length, 10); index++) {
    const match = /"datePublished"\s*:\s*"([^"]{8,40})"/.exec((scripts[index]!.textContent ?? '').slice(0, 200_000));
    if (match) return match[1]!;
  }
  return null;
}

const NOT_ARTICLE_PARTS = 'aside, nav, footer, [class*="related" i], [class*="comment" i], [class*="sidebar" i], [class*="teaser" i], [class*="recommend" i]';
const UPDATE_MARK = /updat|modif|edit|revis/i;

/**
 * A `<time datetime>` of the article: not one in a sidebar, related list or comment, nor one
 * marked as an update. `inArticle`: only one inside an `<article>` or marked as published.
 */
function timeElementDate(doc: Document, inArticle: boolean): string | null {
  const times = doc.querySelectorAll(inArticle ? 'article time[datetime], time[pubdate], time.published[datetime], time[itemprop="datePublished" i]' : 'time[datetime]');
  const headline = doc.querySelector('h1');
  for (let index = 0; index < Math.min(times.length, 30); index++) {
    const time = times[index]!;
    if (inOtherPart(time, headline) || inSiteHeader(time)) continue;
    const marks = `${time.getAttribute('class') ?? ''} ${time.getAttribute('itemprop') ?? ''} ${time.parentElement?.getAttribute('class') ?? ''}`;
    if (UPDATE_MARK.test(marks)) continue;
    return time.getAttribute('datetime');
  }
  return null;
}

/**
 * Inside a sidebar, a related list, a comment or the site's footer. A wrapper that holds the
 * headline is the page's layout, whatever its class says ("layout-article-with-sidebar" on
 * `<html>`, "has-sidebar" on the main column), and the article's own footer its details: the
 * parts are looked for around them.
 */
function inOtherPart(time: Element, headline: Element | null): boolean {
  for (let part = time.closest(NOT_ARTICLE_PARTS), checks = 0; part && checks < 10; part = part.parentElement?.closest(NOT_ARTICLE_PARTS) ?? null, checks++) {
    if (headline && (part.contains(headline) || isArticleFooter(part, headline))) continue;
    return true;
  }
  return false;
}

/** Inside the site's `<header>`, the one with its menu and no headline: today's date beside the logo. */
function inSiteHeader(time: Element): boolean {
  const header = time.closest('header');
  return !!header && holdsMenuNotHeadline(header);
}

/**
 * The page's own addresses as it states them, when the caller gave none: its canonical link, its
 * `og:url` and its AMP version, any of which may carry the day the others leave out.
 */
function pageAddresses(doc: Document): (string | null)[] {
  return [
    doc.querySelector('link[rel="canonical" i]')?.getAttribute('href') ?? null,
    doc.querySelector('meta[property="og:url" i]')?.getAttribute('content') ?? null,
    doc.querySelector('link[rel="amphtml" i]')?.getAttribute('href') ?? null,
  ];
}

// "/2019/03/03/", "/2019-03-03-slug"; a number after "/2023/10/" that a dash follows opens the
// slug ("/2023/10/3-questions-for-…", "/10-things-…"), not a day.
const URL_DATE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:\/|_|\.|$|(?<=-\d\d?)-)/;

export function dateFromUrl(url: string | null): string | null {
  const match = url ? URL_DATE.exec(url) : null;
  if (!match) return null;
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}

export function firstDate(candidates: (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    const normalized = candidate ? normalizeDateTime(candidate) : null;
    if (normalized) return normalized;
  }
  return null;
}
