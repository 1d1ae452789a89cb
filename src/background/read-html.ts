import { parseHTML } from 'linkedom/worker';
import { analyzeReadPage, readDocument } from '../core/pipeline';
import { fromDocumentStart } from '../core/reader/document-start';
import { toPortableMap } from '../core/reader/portable-map';
import type { PageReading } from '../shared/messages';
import { sheetMarks } from '../shared/sheet-marks';

// Reads a page the content script serialised: parses it with linkedom (the Chrome service
// worker has no DOMParser, and the same DOM runs `npm run analyze`), reads and analyses it, and
// answers with the fact sheet and a map back to the page's text nodes. None of this runs on the
// page's main thread, which does no more than serialise its DOM.

/** Past this size (in characters) a page is not read: parsing it would hold the background too long. */
export const MAX_PAGE_HTML = 16_000_000;

export function readPageHtml(html: string | null, url: string, force: boolean): PageReading {
  if (html === null) return { status: 'error', message: 'Part of the page went missing on its way to Footnote; reload the page to try again.' };
  if (typeof html !== 'string' || html.length > MAX_PAGE_HTML) {
    return { status: 'error', message: 'This page is too large for Footnote to read.' };
  }
  try {
    const { document } = parseHTML(fromDocumentStart(html));
    const doc = document as unknown as Document;
    // The parser splits text at character references ("&amp;"); the live page has one node
    // there. Merged, the copy's child positions are the page's (see text-address.ts).
    doc.body?.normalize();
    const { page, map } = readDocument(doc, { url, force, referenceDate: new Date(), quickNo: true });
    if (!page.main) return { status: 'not-article', detection: page.detection, meta: page.meta };
    const sheet = analyzeReadPage(page);
    const spans = [...sheet.figures, ...sheet.dates, ...sheet.quotes];
    const portable = map && doc.body ? toPortableMap(map, doc.body, spans) : { segments: [], anchors: [] };
    return { status: 'ready', sheet: JSON.stringify(sheet), marks: sheetMarks(sheet), map: portable };
  } catch (error) {
    return { status: 'error', message: `Footnote could not read this page (${error instanceof Error ? error.message : String(error)}).` };
  }
}
