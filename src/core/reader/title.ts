import { collapseWhitespace } from '../text/normalize';
import { PAGE_MARGIN } from './boilerplate';
import { decodeEntities } from './entities';
import { headingText } from './heading-text';
import { type JsonObject, textOf } from './json-ld';
import { isMastheadHeading } from './masthead-heading';
import type { MetaReader } from './published-date';

// The headline as the page prints it: the article's <h1>. og:title (a social variant) and the
// JSON-LD headline (a search variant) are often reworded from it ("Joburg" / "Johannesburg", a
// clause cut), and a reader compares the sheet with the headline on the screen, so the printed
// one wins even when the fields agree with each other. Without one, the fields vote. An <h1> that
// is the site's masthead or a section's name ("Health Center") is not the headline.

/** An <h1> this short that shares almost no word with the page's other titles is a masthead or a section name. */
const MASTHEAD_WORDS = 5;
const MIN_SHARED = 0.2;

export function readTitle(doc: Document, article: JsonObject | undefined, metaTag: MetaReader, sites: string[]): string | null {
  const clean = (text: string | null | undefined) => (text ? stripSiteName(collapseWhitespace(decodeEntities(text)), sites) || null : null);
  // A page template that gives every page the site's own title ("Site Name - Latest News") names
  // no story: such a field sits out the vote.
  const siteKeys = new Set(sites.map(wordKey));
  const headline = (text: string | null | undefined) => {
    const cleaned = clean(text);
    if (!text || !cleaned) return null;
    return siteKeys.has(wordKey(cleaned)) || siteKeys.has(wordKey(decodeEntities(text))) ? null : cleaned;
  };
  const fields = [headline(metaTag('og:title')), headline(textOf(article?.headline)), headline(metaTag('twitter:title'))];
  const h1 = printedHeadline(doc, fields, clean(documentTitle(doc)), sites);
  if (h1) return h1;
  const best = votedField(fields);
  if (best) return best;
  return clean(metaTag('dc.title', 'dc:title', 'dcterms.title', 'dcterms:title', 'headline', 'parsely-title', 'sailthru.title'))
    ?? clean(titleFromDocumentTitle(documentTitle(doc), headingTexts(doc)));
}

/**
 * The value most headline fields agree on (an outlet often gives JSON-LD a search-engine headline
 * and og:title a social one); quotes and dashes do not count, and a tie goes to the first field.
 */
function votedField(fields: (string | null)[]): string | null {
  const keys = fields.map((field) => (field ? wordKey(field) : null));
  let best: string | null = null;
  let bestVotes = 0;
  fields.forEach((field, index) => {
    if (!field) return;
    const votes = keys.filter((key) => key === keys[index]).length;
    if (votes > bestVotes) {
      best = field;
      bestVotes = votes;
    }
  });
  return best;
}

/**
 * The article's <h1>: the one of several that best matches the page's other titles, or the only
 * one. An <h1> that shares almost none of their words is a masthead and does not count, unless
 * it is the only one, longer than a masthead, and no headline field names the story (the printed
 * headline outranks the fields, so one that contradicts them all would put a tagline in their place).
 */
function printedHeadline(doc: Document, fields: (string | null)[], title: string | null, sites: string[]): string | null {
  const known = fields.filter((field): field is string => !!field);
  const fieldKeys = new Set(known.map(wordKey));
  const candidates = Array.from(doc.querySelectorAll('h1')).slice(0, 10)
    .filter((h1) => !isMastheadHeading(h1) && !inPageMargin(h1))
    .map((h1) => ({ text: headlinePart(h1, fieldKeys), linked: isLink(h1) }))
    .filter(({ text }) => text.length >= 10 && text.length <= 300);
  if (!candidates.length) return null;
  const siteKeys = new Set(sites.map(wordKey));
  // How well an <h1> matches the page's own titles. When <title> holds a headline field ("Blog
  // Name: Headline"), the rest of <title> is the site's name and the <h1> must match a field;
  // otherwise most of the <h1>'s words in <title> will do ("Headline - Author's Name").
  const titleKey = title ? wordKey(title) : '';
  const titleHoldsField = known.some((field) => wordKey(field).length >= 10 && titleKey.includes(wordKey(field)));
  const match = (text: string) => Math.max(
    known.length ? Math.max(...known.map((field) => sharedWords(text, field))) : 0,
    title && !titleHoldsField && containedWords(text, title) >= 0.5 ? 1 : 0,
  );
  const scored = candidates
    .filter(({ text }) => !siteKeys.has(wordKey(text)))
    .map(({ text, linked }) => ({ text, linked, shared: known.length || title ? match(text) : 1 }))
    .filter(({ text, shared }) => shared >= MIN_SHARED || (candidates.length === 1 && !known.length && words(text).length > MASTHEAD_WORDS));
  if (!scored.length) return null;
  if (candidates.length === 1) return scored[0]!.text;
  // Equal matches: the <h1> that is not a link wins over ones that are (a breaking-news banner's, a
  // news feed's item linking to this very story, above and below the story's own headline).
  return scored.reduce((a, b) => (b.shared > a.shared || (b.shared === a.shared && a.linked && !b.linked) ? b : a)).text;
}

/** An <h1> whose whole text is one link's: a link to a story, printed as a heading. */
function isLink(h1: Element): boolean {
  const links = h1.querySelectorAll('a[href]');
  return links.length === 1 && collapseWhitespace(links[0]!.textContent ?? '') === collapseWhitespace(h1.textContent ?? '');
}

/** Elements looked at inside one <h1>: a headline with its labels has a handful. */
const MAX_HEADLINE_PARTS = 20;

/**
 * The headline an <h1> prints, without what it prints beside it: a section link ("Local News |"),
 * a rubric or dateline above it ("Vadodara /"), a subtitle in a <small>, the site's name for
 * screen readers. Those sit in elements of their own, and a headline field then gives word for
 * word either one element of the <h1> or the <h1> without one of them.
 */
function headlinePart(h1: Element, fieldKeys: Set<string>): string {
  const text = headingText(h1);
  if (!fieldKeys.size || fieldKeys.has(wordKey(text))) return text;
  const parts = h1.querySelectorAll('*');
  for (let index = 0; index < Math.min(parts.length, MAX_HEADLINE_PARTS); index++) {
    const part = headingText(parts[index]!);
    if (part.length >= 10 && fieldKeys.has(wordKey(part))) return part;
    const rest = part ? collapseWhitespace(text.replace(part, ' ')) : '';
    if (rest.length >= 10 && fieldKeys.has(wordKey(rest))) return rest;
  }
  return text;
}

/**
 * An <h1> in a sidebar, menu or footer outside the article: another story's headline or a box's
 * name, which now that the printed headline outranks the fields would name the page wrongly.
 */
function inPageMargin(h1: Element): boolean {
  const margin = h1.closest(PAGE_MARGIN);
  if (!margin) return false;
  const article = h1.closest('article, main');
  return !article || article.contains(margin);
}

function words(text: string): string[] {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The share of the longer title's words that the other has too. */
function sharedWords(a: string, b: string): number {
  const wordsA = words(a);
  const wordsB = new Set(words(b));
  if (!wordsA.length || !wordsB.size) return 0;
  const shared = new Set(wordsA.filter((word) => wordsB.has(word))).size;
  return shared / Math.max(new Set(wordsA).size, wordsB.size);
}

/** The share of the <h1>'s words that the other title has too. */
function containedWords(h1: string, other: string): number {
  const wordsH1 = new Set(words(h1));
  const wordsOther = new Set(words(other));
  if (!wordsH1.size) return 0;
  return [...wordsH1].filter((word) => wordsOther.has(word)).length / wordsH1.size;
}

/** Two titles that differ only in quotes, dashes or case are the same title. */
function wordKey(text: string): string {
  return words(text).join(' ');
}

/** `document.title`, which some DOMs throw on for a document without an element. */
function documentTitle(doc: Document): string {
  if (!doc.documentElement) return '';
  return doc.querySelector('title')?.textContent ?? '';
}

/** The page's first <h2>s: with no <h1> of the story's, the headline may be set as one. */
function headingTexts(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('h2')).slice(0, 5).map((h2) => collapseWhitespace(h2.textContent ?? ''));
}

/** `<title>` without the site's part: the part a printed heading repeats, or the longest part. */
function titleFromDocumentTitle(title: string, headings: string[]): string | null {
  const text = collapseWhitespace(title ?? '');
  if (!text) return null;
  const parts = text.split(/\s+[|–—·»]\s+|\s+-\s+/).filter(Boolean);
  if (parts.length < 2) return text;
  const printed = new Set(headings.map((heading) => heading.toLowerCase()));
  const same = parts.find((part) => printed.has(part.toLowerCase()));
  if (same) return same;
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.split(/\s+/).length >= 4 ? longest : text;
}

const TITLE_PARTS = /\s+[|–—·*»:]\s+|\s+-\s+/;

/** "Headline - Section | Site Name" → "Headline": trailing parts naming the site (or "by X") go, with a section before them. */
function stripSiteName(title: string, sites: string[]): string {
  if (!TITLE_PARTS.test(title)) return title;
  const parts = title.split(/(\s+[|–—·*»]\s+|\s+-\s+)/);
  const keys = sites.map(siteLetters).filter((key) => key.length >= 3);
  let strippedSite = false;
  while (parts.length >= 3) {
    const tail = parts[parts.length - 1]!.trim();
    const key = siteLetters(tail);
    const namesSite = keys.some((site) => key.includes(site) || (key.length >= 4 && site.includes(key)));
    const isSection = strippedSite && tail.split(/\s+/).length <= 2;
    if (!namesSite && !/^by\s/i.test(tail) && !isSection) break;
    strippedSite ||= namesSite;
    parts.splice(parts.length - 2, 2);
  }
  // A short headline ("Loft", "About Us") loses the site's name too; a head of a letter or two is no title.
  const head = parts.join('').trim();
  return head.length >= 3 ? head : title;
}

function siteLetters(text: string): string {
  return text.toLowerCase().replace(/^www\./, '').replace(/\.(com|co\.uk|org|net|ca|com\.au|co\.za|in)$/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

