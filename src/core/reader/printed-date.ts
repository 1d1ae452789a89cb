import { type FoundDay, findDays, writesMonthFirst } from './date-lines';
import { isMastheadHeading } from './masthead-heading';
import { forEachVisibleText } from './visible-text';

// The publication day as the page prints it, for pages whose metadata gives none: the date line
// under (or just above) the headline, "Published 3 March 2019", "Veröffentlicht am 03.03.2019",
// "publié le 3 mars 2019". Navigation, sidebars, related lists, comments and footers are skipped,
// and a date said to be an update ("Updated", "Aktualisiert", "mis à jour") only counts when the
// page prints no other.

const SKIPPED_TAGS = new Set(['HEAD', 'BLOCKQUOTE', 'FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'SELECT', 'OPTION', 'BUTTON', 'IFRAME']);
/** Class or id of a part of the page that is not the article: its dates are other stories' or readers'. */
const SKIPPED_PARTS = /(?:^|\s|__)(?:comments?|kommentare?|replies|reply|respond|related|recommend\w*|sidebar|widgets?|teasers?|more-?stories|most-?(?:read|popular)|popular|trending|footer|nav|navigation|navbar|menu|breadcrumbs?|share|sharing|social|newsletter|cookie|promo|advert\w*|archive|calendar|tagcloud|pagination)(?:$|\s|[-_])/i;
/**
 * Parts that hold other stories' or readers' dates, skipped even when the page prints no date of
 * its own elsewhere (a "widget", "sidebar" or "share" box may hold the article's own date line).
 */
const OTHER_ITEMS = /(?:^|\s|__)(?:comments?|kommentare?|replies|reply|respond|related|recommend\w*|teasers?|more-?stories|most-?(?:read|popular)|popular|trending|archive|calendar|tagcloud|pagination)(?:$|\s|[-_])/i;
/** Page furniture, unless marked as the article's date line (an `<aside class="meta">` in the article). */
const FURNITURE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE']);
const DATE_LINE_MARK = /date|time|meta|byline|posted|publish|datum/i;
/** Class, id or itemprop of an element that holds the article's own date line. */
const DATE_PART = /date|time|publish|posted|byline|dateline|stamp|datum|meta|info|author/i;

// A cue may stand before the time and the time before the day: "Updated 20:49, 5 Aug 2024".
const PUBLISHED_CUE = /(?<![\p{L}])(?:published|posted|publi[ée]e?|publicado|publicada|pubblicato|ver[öo]ffentlicht|publiziert|erschienen|erstellt|gepubliceerd|geplaatst|julkaistu|opublikowano|publicerad|udgivet|publisert|publicat|publikovan[éeo]|objavljeno|diterbitkan|опубликовано|опубліковано|δημοσι\p{L}*|datum|date|fecha|data|written|created|released|issued|stand)(?![\p{L}])[^\d.!?]{0,25}(?:\d{1,2}[:h]\d{2}\s*(?:[ap]\.?m\.?)?[^\d!?]{0,8})?$/iu;
export const UPDATED_CUE = /(?<![\p{L}])(?:updated?|aktualisiert|aktualisierung|ge[äa]ndert|[äa]nderung|mis à jour|modifi\w*|actualizad[oa]|aggiornat[oa]|bijgewerkt|p[äa]ivitetty|обновлено|оновлено|ενημερ\p{L}*|zuletzt|last (?:modified|revised|revision|reviewed)|revised|edited)(?![\p{L}])[^\d]{0,30}(?:\d{1,2}[:h]\d{2}\s*(?:[ap]\.?m\.?)?[^\d]{0,8})?$/iu;
/**
 * A label saying the date is today's: a forum's or portal's clock ("It is currently Tue Feb 11,
 * 2020", "Aktuelles Datum und Uhrzeit: 11/02/20", "Today is"), never the page's day, though
 * "Datum" and "date" in it read like a date line's cue.
 */
const TODAY_CUE = /(?<![\p{L}])(?:it is currently|current(?:ly)? (?:date|time)|today(?:'s date)? is|aktuelle[sr]? (?:datum|zeit|uhrzeit)|heute ist|date du jour|nous sommes le|fecha actual|hoy es)(?![\p{L}])[^\d]{0,30}$/iu;
// "Kommentar 19. Oktober 2019" is a column's category, "Kommentar: 19. Oktober" a reader's comment.
const COMMENT_CUE = /(?<![\p{L}])(?:(?:sagt|says|schreibt|wrote|antworten|reply|zitat|quote)\s*:?|(?:kommentar|comment)\s*:)\s*$/iu;
const COMMENT_COLON = /(?<![\p{L}])(?:sagt|says|schreibt|wrote|kommentar|comment)\s*:\s*$/iu;
/** A date inside a line longer than this is a date in running prose ("was released on 5 May"), not a date line. */
const PROSE_LINE = 160;

const MAX_NODES = 20_000;
const MAX_TEXT = 150_000;

interface Walk {
  text: string;
  /** Start offsets in `text` of the runs that sit inside a date-line element. */
  dateRuns: [number, number][];
  headline: number;
  /** The page's logo <h1>s (among its first ten), told once. */
  mastheads: ReadonlySet<Element>;
  /** Where the text of a masthead <h1> (the logo) ends, -1 before one: the date printed beside it is today's. */
  mastheadEnd: number;
  /** Where the first <h2> starts: the headline of pages that print no <h1> (many blogs). */
  subheadline: number;
  /** The headline's ancestors: a furniture class on one of them is a layout wrapper ("mainwrap sidebar"). */
  headlineAncestors: Set<Element>;
  /** The story's headline, or the first <h2> of a page that prints no <h1>: the site's header never holds it. */
  topHeading: Element | null;
  root: Element;
  /** Characters of text in the whole page, counted the first time a wrapper needs it (-1 before). */
  pageText: number;
  wrapperChecks: number;
  headerChecks: number;
  nodes: number;
  /** Skip only the parts that hold other items (comments, related stories), not all furniture. */
  lenient: boolean;
}

/** A date the page prints, with what tells whether it is the publication day. */
export interface PrintedDay extends FoundDay {
  score: number;
  cue: 'published' | 'updated' | null;
  /** Inside an element marked as a date, time, byline or meta line. */
  inDatePart: boolean;
  /** Characters from the headline's start (negative: above it); null when the page has no headline. */
  fromHeadline: number | null;
  /** The date is the whole of its line: nothing but the date (and a time) in its block. */
  alone: boolean;
}

/** The day the page prints as its publication day, or null. Bounded work on any page. */
export function printedPublicationDay(doc: Document, language: string | null): string | null {
  return bestPrintedDay(doc, language)?.day ?? null;
}

export function bestPrintedDay(doc: Document, language: string | null): PrintedDay | null {
  return printedDayLines(doc, language).best;
}

/**
 * The best date line the page prints, and the best one it cues as an update ("Letzte Änderung:",
 * "Last updated"): a page that prints no date line of its own may still say when it was changed.
 */
export function printedDayLines(doc: Document, language: string | null): { best: PrintedDay | null; updated: PrintedDay | null } {
  const days = printedDays(doc, language, false);
  let updated: PrintedDay | null = null;
  for (const found of days) if (found.cue === 'updated' && (!updated || found.score > updated.score)) updated = found;
  return { best: bestOf(days, doc, language), updated };
}

function bestOf(outside: PrintedDay[], doc: Document, language: string | null): PrintedDay | null {
  let days = outside;
  if (!days.length) {
    // Nothing outside the furniture: a date line inside a box classed "widget" or "sidebar" (a
    // blog's main widget, a details column) counts when it is the only day such lines name,
    // which a list of recent posts never is.
    // So does a date standing alone on its line (a "share" box's heading that is only the date).
    days = printedDays(doc, language, true).filter((found) => found.inDatePart || found.alone);
    if (new Set(days.map((found) => found.day)).size !== 1) return null;
  }
  let best: PrintedDay | null = null;
  for (const found of days) if (!best || found.score > best.score) best = found;
  return best;
}

/** Every day the page prints outside its furniture, scored as a publication date line (best first is not implied). */
export function printedDays(doc: Document, language: string | null, lenient = false): PrintedDay[] {
  // A page with two <body> tags can leave the first one empty: then the whole document is read.
  const root = doc.body?.firstChild ? doc.body : doc.documentElement;
  if (!root) return [];
  // The story's headline: not a logo set as the page's first <h1>, whose neighbour is today's date.
  const headings = Array.from(root.querySelectorAll('h1')).slice(0, 10);
  const mastheads = new Set(headings.filter(isMastheadHeading));
  const headline = headings.find((h1) => !mastheads.has(h1)) ?? null;
  const headlineAncestors = new Set<Element>();
  for (let element = headline?.parentElement; element && headlineAncestors.size < 60; element = element.parentElement) headlineAncestors.add(element);
  const topHeading = headline ?? root.querySelector('h2');
  const walk: Walk = { text: '', dateRuns: [], headline: -1, mastheads, mastheadEnd: -1, subheadline: -1, headlineAncestors, topHeading, root, pageText: -1, wrapperChecks: 0, headerChecks: 0, nodes: 0, lenient };
  visit(root, walk, false);
  const top = walk.headline >= 0 ? walk.headline : walk.subheadline;
  const out: PrintedDay[] = [];
  for (const found of findDays(walk.text, writesMonthFirst(language), 300)) {
    const before = walk.text.slice(Math.max(0, found.index - 60), found.index);
    // "… envoy says" ending the headline above is no reader's comment: without a colon, only on the date's own line.
    if (COMMENT_CUE.test(before.slice(before.lastIndexOf('\n') + 1)) || COMMENT_COLON.test(before) || TODAY_CUE.test(before)) continue;
    if (beside(walk.mastheadEnd, found.index) && (walk.headline < 0 || found.index < walk.headline)) continue;
    const line = lineLength(walk.text, found.index);
    const prose = line > PROSE_LINE && !opensDateline(walk.text, found) && !leadsInOwnElement(walk, found);
    const cue = PUBLISHED_CUE.test(before) ? 'published' : UPDATED_CUE.test(before) ? 'updated' : null;
    const inDatePart = walk.dateRuns.some(([start, end]) => found.index >= start && found.index < end);
    let score = 0;
    if (cue === 'published' && !prose) score += 3;
    else if (cue === 'updated') score -= 2;
    if (inDatePart) score += 2;
    if (prose) score -= 2;
    const fromHeadline = top >= 0 ? found.index - top : null;
    if (found.shortYear && !isShortYearDateLine(line, cue, inDatePart, fromHeadline)) continue;
    if (fromHeadline !== null) {
      if (fromHeadline >= 0 && fromHeadline < 2500) score += 2 - fromHeadline / 2500;
      // A date line just above the headline (a kicker) is as good as one just below it.
      else if (fromHeadline < 0 && fromHeadline > -600) score += 2 + fromHeadline / 600;
    } else {
      score += 1 - Math.min(1, found.index / 20_000);
    }
    const alone = line <= found.end - found.index + ALONE_SLACK;
    out.push({ ...found, score, cue, inDatePart, fromHeadline, alone });
  }
  return out;
}

/**
 * "02.12.19" could as well be a score, a version or a chapter: a two-digit year is read only on
 * a date line, marked as one, cued "published", or a short line by the headline ("Anna Berg, 8.5.12").
 */
function isShortYearDateLine(line: number, cue: PrintedDay['cue'], inDatePart: boolean, fromHeadline: number | null): boolean {
  if (inDatePart || cue === 'published') return true;
  return fromHeadline !== null && fromHeadline > -600 && fromHeadline < 600 && line <= SHORT_LINE;
}

/**
 * A press release's or wire story's dateline opening the first paragraph: "Karlsruhe, (12.11.2021).
 * Traditionell …", "BONN, 3 March 2021 – The …". The date is the line's own, not one in its prose:
 * only a place (a few capitalised words, an agency in brackets) stands before it, and a
 * bracket, full stop or dash closes it.
 */
function opensDateline(text: string, found: FoundDay): boolean {
  const lead = text.slice(text.lastIndexOf('\n', found.index) + 1, found.index);
  if (lead.length > 45 || !DATELINE_LEAD.test(lead)) return false;
  return DATELINE_CLOSE.test(text.slice(found.end, found.end + 4));
}

/**
 * A date in an element of its own, marked as a date, that opens its paragraph: "<span
 * class="date">31. Oktober 2023.</span> Die Saison …". The page set it apart as the
 * paragraph's dateline; a date the prose mentions shares its text node with the sentence.
 */
function leadsInOwnElement(walk: Walk, found: FoundDay): boolean {
  if (walk.text.slice(walk.text.lastIndexOf('\n', found.index) + 1, found.index).trim()) return false;
  const run = walk.dateRuns.find(([start, end]) => found.index >= start && found.index < end);
  return !!run && !walk.text.slice(run[0], found.index).trim() && run[1] - found.end <= OWN_ELEMENT_SLACK;
}

/** What may follow the date inside its own element: a full stop or a colon and the separating space. */
const OWN_ELEMENT_SLACK = 3;

const DATELINE_LEAD = /^\s*\p{Lu}[\p{L}.'’-]*(?:[ /-]\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:\([\p{L} .-]{1,20}\))?\s*[,:/]\s*\(?\s*$/u;
const DATELINE_CLOSE = /^\s*(?:\)\s*[.:–—-]|[.:–—-](?!\d))/u;

/** Spaces and separators a block adds around a date that stands alone on its line. */
const ALONE_SLACK = 6;

/** A byline or a date line by itself; a longer line is a sentence. */
const SHORT_LINE = 80;

/** The length of the line (the text between two block boundaries) around `index`. */
function lineLength(text: string, index: number): number {
  const start = text.lastIndexOf('\n', index);
  const end = text.indexOf('\n', index);
  return (end < 0 ? text.length : end) - (start < 0 ? 0 : start);
}

function visit(node: Node, walk: Walk, inDatePart: boolean): void {
  if (walk.nodes++ > MAX_NODES || walk.text.length > MAX_TEXT) return;
  if (node.nodeType === 3) {
    const value = node.nodeValue ?? '';
    if (!value.trim()) return;
    const start = walk.text.length;
    walk.text += `${value.replace(/\s+/g, ' ')} `;
    if (inDatePart) walk.dateRuns.push([start, walk.text.length]);
    return;
  }
  if (node.nodeType !== 1) return;
  const element = node as Element;
  const tag = element.tagName.toUpperCase();
  // A <figcaption> that holds the headline is a teaser-style header (picture, date, <h1>), not a caption.
  if (SKIPPED_TAGS.has(tag) && !(tag === 'FIGCAPTION' && walk.headlineAncestors.has(element))) return;
  const marks = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  const parts = walk.lenient ? OTHER_ITEMS : SKIPPED_PARTS;
  const furniture = (FURNITURE_TAGS.has(tag) || (tag !== 'BODY' && marks.length > 1 && marks.length < 300 && parts.test(marks)))
    && !walk.headlineAncestors.has(element) && !holdsMostOfPage(element, walk);
  // An <aside> inside the article is usually its own details box (author, date, reading time),
  // and the footer of the story's <article> its "Posted on" line.
  const ownDetails = (DATE_LINE_MARK.test(marks) && isShort(element, 600))
    || (tag === 'ASIDE' && !!element.closest('article') && isShort(element, 3000))
    || (tag === 'FOOTER' && !!walk.topHeading && isArticleFooter(element, walk.topHeading));
  if (furniture && !ownDetails) return;
  if (isSiteHeader(element, tag, marks, walk)) return;
  if (tag === 'A' && isStoryCard(element, walk)) return;
  const masthead = walk.mastheads.has(element);
  if (tag === 'H1' && walk.headline < 0 && !masthead) walk.headline = walk.text.length;
  if (tag === 'H2' && walk.subheadline < 0) walk.subheadline = walk.text.length;
  const datePart = inDatePart || tag === 'TIME' || (DATE_PART.test(`${marks} ${element.getAttribute('itemprop') ?? ''}`) && isShort(element));
  const separator = BLOCKS.has(tag) ? ' \n ' : INLINE_BREAKS.has(tag) ? ' ' : '';
  walk.text += separator;
  const stamped = datePart ? stampedDate(element) : null;
  if (stamped) printAs(stamped, walk);
  else for (let child = element.firstChild; child; child = child.nextSibling) visit(child, walk, datePart);
  if (!element.firstChild) spokenLabel(element, walk, datePart);
  walk.text += separator;
  if (masthead) walk.mastheadEnd = walk.text.length;
}

/**
 * A link around a title and a date is another story's card ("More on this story", a teaser
 * list under any class name): its date is that story's. A date linked alone (a blog's
 * permalink) or the headline's own link stays.
 */
function isStoryCard(link: Element, walk: Walk): boolean {
  if (walk.headlineAncestors.has(link) || (walk.topHeading && link.contains(walk.topHeading))) return false;
  return !!link.querySelector(CARD_TITLE) && !!link.querySelector(CARD_DATE);
}

const CARD_TITLE = 'h2, h3, h4, h5, [class*="title" i], [class*="headline" i]';
const CARD_DATE = 'time, [class*="date" i], [data-datetime]';

/**
 * A date line a script rewrote as a relative time ("8 hours ago") keeps the day it printed in
 * `data-datetime` ("24 May 2019"): read as the line. Only where the printed text names no year.
 */
function stampedDate(element: Element): string | null {
  const stamp = element.getAttribute('data-datetime');
  if (!stamp || stamp.length > STAMP_LENGTH || !YEAR.test(stamp)) return null;
  const printed = element.textContent ?? '';
  return printed.length <= STAMP_LENGTH && !YEAR.test(printed) ? stamp : null;
}

const STAMP_LENGTH = 60;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;

function printAs(line: string, walk: Walk): void {
  const start = walk.text.length;
  walk.text += `${line.replace(/\s+/g, ' ')} `;
  walk.dateRuns.push([start, walk.text.length]);
}

/**
 * An empty date element that prints its line by style sheet (`::before { content: "Published …" }`)
 * says it to screen readers in its `aria-label`: that label is the date line the reader sees.
 */
function spokenLabel(element: Element, walk: Walk, datePart: boolean): void {
  const label = element.getAttribute('aria-label');
  if (!label || label.length > SPOKEN_LABEL || !/\d/.test(label) || !(datePart || LABEL_CUE.test(label))) return;
  printAs(label, walk);
}

/** Characters an aria-label may have to be read as a date line. */
const SPOKEN_LABEL = 200;
/** A label that opens as a date line does, on an element not marked as one ("gnt_ar_dt"). */
const LABEL_CUE = /^\s*(?:(?:first |last )?(?:published|posted|updated)|publi[ée]e?|publicad[oa]|pubblicato|ver[öo]ffentlicht|aktualisiert)(?![\p{L}])/iu;

const MAX_HEADER_CHECKS = 20;
const SITE_HEADER_MARK = /(?:^|\s|[-_])(?:header|masthead|topbar|top-bar)(?:$|\s|[-_])/i;

/**
 * The site's header: a `<header>` (or a box classed "header", "masthead") that holds the site's
 * menu and no headline (an article's own header holds its <h1>, often a breadcrumb menu too).
 * The date in it is today's, printed beside the logo or the menu ("Mittwoch, 01. November
 * 2023", "Thursday, November 9, 2023"), not the story's.
 */
function isSiteHeader(element: Element, tag: string, marks: string, walk: Walk): boolean {
  if (tag !== 'HEADER' && !(marks.length < 300 && SITE_HEADER_MARK.test(marks))) return false;
  // Bounded: a page of teaser cards may class hundreds of boxes "card-header".
  if (walk.headlineAncestors.has(element) || walk.headerChecks++ > MAX_HEADER_CHECKS) return false;
  if (walk.topHeading && element.contains(walk.topHeading)) return false;
  return holdsMenuNotHeadline(element) && !holdsMostOfPage(element, walk);
}

/**
 * The `<footer>` of the `<article>` that holds the headline: the story's own details ("Posted on
 * <time>" under a blog post), not the site's footer (long, and outside the story's article) nor
 * a comment's (classed as one).
 */
export function isArticleFooter(element: Element, headline: Element): boolean {
  if (element.tagName.toUpperCase() !== 'FOOTER' || OTHER_ITEM_MARK.test(element.getAttribute('class') ?? '')) return false;
  return isShort(element, ARTICLE_FOOTER_TEXT) && !!element.parentElement?.closest('article')?.contains(headline);
}

const OTHER_ITEM_MARK = /comment|related|recommend|teaser/i;
/** Characters of text an article's footer holds at most: a date, the author, categories and tags. */
const ARTICLE_FOOTER_TEXT = 1500;

/** A header that holds the site's menu and no headline: the site's own, not the story's. */
export function holdsMenuNotHeadline(header: Element): boolean {
  return !header.querySelector('h1') && !!header.querySelector('nav, [role="navigation"]');
}

/** Characters after the masthead within which a date is the masthead's ("Mittwoch, 26.02.2020" beside the logo). */
const BESIDE_MASTHEAD = 60;

function beside(mastheadEnd: number, index: number): boolean {
  return mastheadEnd >= 0 && index >= mastheadEnd && index - mastheadEnd <= BESIDE_MASTHEAD;
}

/** A "sidebar" or "nav" class on a wrapper around most of the page names its layout, not a part to skip. */
function holdsMostOfPage(element: Element, walk: Walk): boolean {
  // Bounded: a hostile page could nest thousands of "sidebar" wrappers.
  if (walk.wrapperChecks++ > 20) return false;
  if (walk.pageText < 0) walk.pageText = visibleTextLength(walk.root);
  if (walk.pageText <= 2000) return false;
  return visibleTextLength(element) > walk.pageText / 2;
}

/** Characters of text outside scripts and styles (which `textContent` counts), bounded. */
function visibleTextLength(root: Element): number {
  let length = 0;
  forEachVisibleText(root, SKIPPED_TAGS, MAX_NODES, (value) => {
    length += value.length;
    return true;
  });
  return length;
}

/** A date line is a line: an element with a paragraph of text under it is not one. */
function isShort(element: Element, limit = 250): boolean {
  return (element.textContent?.length ?? 0) < limit;
}

/** Elements that end a line (a date line is one of them); inline ones only keep words apart. */
const BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'BR', 'DD', 'DT', 'UL', 'OL', 'TABLE', 'FOOTER', 'ASIDE', 'NAV', 'MAIN', 'FIGURE', 'FORM']);
const INLINE_BREAKS = new Set(['SPAN', 'TIME', 'A', 'SMALL', 'STRONG', 'B', 'EM', 'I', 'LABEL', 'ABBR']);
