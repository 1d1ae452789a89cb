import { type FoundDay, findDays, writesMonthFirst } from './date-lines';

// The publication day as the page prints it, for pages whose metadata gives none: the date line
// under (or just above) the headline, "Published 3 March 2019", "Veröffentlicht am 03.03.2019",
// "publié le 3 mars 2019". Navigation, sidebars, related lists, comments and footers are skipped,
// and a date said to be an update ("Updated", "Aktualisiert", "mis à jour") only counts when the
// page prints no other.

const SKIPPED_TAGS = new Set(['BLOCKQUOTE', 'FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'SELECT', 'OPTION', 'BUTTON', 'IFRAME']);
/** Class or id of a part of the page that is not the article: its dates are other stories' or readers'. */
const SKIPPED_PARTS = /(?:^|\s|__)(?:comments?|kommentare?|replies|reply|respond|related|recommend\w*|sidebar|widgets?|teasers?|more-?stories|most-?(?:read|popular)|popular|trending|footer|nav|navigation|navbar|menu|breadcrumbs?|share|sharing|social|newsletter|cookie|promo|advert\w*|archive|calendar|tagcloud|pagination)(?:$|\s|[-_])/i;
/** Page furniture, unless marked as the article's date line (an `<aside class="meta">` in the article). */
const FURNITURE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE']);
const DATE_LINE_MARK = /date|time|meta|byline|posted|publish|datum/i;
/** Class, id or itemprop of an element that holds the article's own date line. */
const DATE_PART = /date|time|publish|posted|byline|dateline|stamp|datum|meta|info|author/i;

const PUBLISHED_CUE = /(?<![\p{L}])(?:published|posted|publi[ée]e?|publicado|publicada|pubblicato|ver[öo]ffentlicht|publiziert|erschienen|erstellt|gepubliceerd|geplaatst|julkaistu|opublikowano|publicerad|udgivet|datum|date|fecha|data|written|created|released|issued|stand)(?![\p{L}])[^\d.!?]{0,25}$/iu;
const UPDATED_CUE = /(?<![\p{L}])(?:updated?|aktualisiert|aktualisierung|ge[äa]ndert|[äa]nderung|mis à jour|modifi\w*|actualizad[oa]|aggiornat[oa]|bijgewerkt|p[äa]ivitetty|zuletzt|last (?:modified|revised|revision|reviewed)|revised|edited)\b[^\d]{0,30}$/iu;
const COMMENT_CUE = /(?<![\p{L}])(?:sagt|says|schreibt|wrote|antworten|reply|kommentar|comment|zitat|quote)\s*:?\s*$/iu;

const MAX_NODES = 20_000;
const MAX_TEXT = 150_000;

interface Walk {
  text: string;
  /** Start offsets in `text` of the runs that sit inside a date-line element. */
  dateRuns: [number, number][];
  headline: number;
  nodes: number;
}

/** The day the page prints as its publication day, or null. Bounded work on any page. */
export function printedPublicationDay(doc: Document, language: string | null): string | null {
  return bestPrintedDay(doc, language)?.day ?? null;
}

export function bestPrintedDay(doc: Document, language: string | null): FoundDay | null {
  const root = doc.body ?? doc.documentElement;
  if (!root) return null;
  const walk: Walk = { text: '', dateRuns: [], headline: -1, nodes: 0 };
  visit(root, walk, false);
  const days = findDays(walk.text, writesMonthFirst(language), 300);
  if (!days.length) return null;
  let best: FoundDay | null = null;
  let bestScore = -Infinity;
  for (const found of days) {
    const before = walk.text.slice(Math.max(0, found.index - 60), found.index);
    if (COMMENT_CUE.test(before)) continue;
    let score = 0;
    if (PUBLISHED_CUE.test(before)) score += 3;
    else if (UPDATED_CUE.test(before)) score -= 2;
    if (walk.dateRuns.some(([start, end]) => found.index >= start && found.index < end)) score += 2;
    if (walk.headline >= 0) {
      const distance = found.index - walk.headline;
      if (distance >= 0 && distance < 2500) score += 2 - distance / 2500;
      // A date line just above the headline (a kicker) is as good as one just below it.
      else if (distance < 0 && distance > -600) score += 2 + distance / 600;
    } else {
      score += 1 - Math.min(1, found.index / 20_000);
    }
    if (score > bestScore) {
      best = found;
      bestScore = score;
    }
  }
  return best;
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
  if (SKIPPED_TAGS.has(tag)) return;
  const marks = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  const furniture = FURNITURE_TAGS.has(tag) || (tag !== 'BODY' && marks.length > 1 && marks.length < 300 && SKIPPED_PARTS.test(marks));
  // An <aside> inside the article is usually its own details box (author, date, reading time).
  const ownDetails = (DATE_LINE_MARK.test(marks) || (tag === 'ASIDE' && !!element.closest('article'))) && isShort(element, 600);
  if (furniture && !ownDetails) return;
  if (tag === 'H1' && walk.headline < 0) walk.headline = walk.text.length;
  const datePart = inDatePart || tag === 'TIME' || (DATE_PART.test(`${marks} ${element.getAttribute('itemprop') ?? ''}`) && isShort(element));
  const block = BLOCKS.has(tag);
  if (block) walk.text += ' \n ';
  for (let child = element.firstChild; child; child = child.nextSibling) visit(child, walk, datePart);
  if (block) walk.text += ' \n ';
}

/** A date line is a line: an element with a paragraph of text under it is not one. */
function isShort(element: Element, limit = 250): boolean {
  return (element.textContent?.length ?? 0) < limit;
}

const BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'BR', 'SPAN', 'TIME', 'A', 'DD', 'DT']);
