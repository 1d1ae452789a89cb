import { findDays, writesMonthFirst } from './date-lines';
import { UPDATED_CUE } from './printed-date';
import { forEachVisibleText } from './visible-text';

// The day a page says it was last edited, in its footer: "This page was last edited on 7 April
// 2020" (wikis), "Diese Seite wurde zuletzt am 29. Januar 2020 geändert", "Updated: 2016/11/18"
// (a document page). The printed date line skips footers, and rightly: their dates are the
// site's. But the footer's last-edit line is about this page, and on a page that gives no
// metadata, address, date line or <time>, it is a better guess than a date in its running text
// (a wiki's "the next meeting is on 5 February").

const FOOTERS = 'footer, [id*="footer" i], [class*="footer" i]';
const MAX_FOOTERS = 10;
/** Footer-classed elements looked at, nested ones included. */
const MAX_CANDIDATES = 200;
/** Footer text read per footer: a "footer" class on a wrapper of the whole page must not cost a full read. */
const MAX_TEXT = 4000;
const MAX_NODES = 2000;
const HIDDEN_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE']);

/**
 * German "Stand: 09.10.2017" ("as of"): the day the page's content was last brought up to date,
 * printed in the footer of many public-sector and company pages. In a date line by the headline
 * the same word is read as a publication cue (`printed-date.ts`).
 */
const AS_OF_CUE = /(?<![\p{L}])stand(?:\s+vom)?\s*:?\s*$/iu;

export function lastEditedDay(doc: Document, language: string | null): string | null {
  const footers = doc.querySelectorAll(FOOTERS);
  // A footer's columns and link lists are footers too ("footer-col1"): once a footer was read
  // whole, the ones inside it are skipped, so a page's second footer (a print footer's "Stand:"
  // line after forty nested columns) is still reached.
  const readWhole: Element[] = [];
  let read = 0;
  for (let index = 0; index < Math.min(footers.length, MAX_CANDIDATES) && read < MAX_FOOTERS; index++) {
    const footer = footers[index]!;
    if (readWhole.some((outer) => outer.contains(footer))) continue;
    read++;
    const text = boundedText(footer);
    if (text.length < MAX_TEXT - 200) readWhole.push(footer);
    for (const found of findDays(text, writesMonthFirst(language), 20)) {
      const before = text.slice(Math.max(0, found.index - 40), found.index);
      if (UPDATED_CUE.test(before) || AS_OF_CUE.test(before)) return found.day;
    }
  }
  return null;
}

/** The element's text, whitespace collapsed, at most MAX_TEXT characters from at most MAX_NODES nodes. */
function boundedText(root: Element): string {
  let text = '';
  forEachVisibleText(root, HIDDEN_TAGS, MAX_NODES, (value) => {
    text += `${value.replace(/\s+/g, ' ')} `;
    return text.length < MAX_TEXT;
  });
  return text.slice(0, MAX_TEXT);
}
