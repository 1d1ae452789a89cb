import { readArticle } from './reader/index';
import type { TextMap } from './reader/text-map';
import type { ArticleMeta, Detection, FactSheet, TextBlock } from './types';

// The DOM part of the analysis, apart from the extractors: detection, metadata and main text
// with its map back to the DOM. The background runs it on a linkedom copy of the page the
// content script serialised; `npm run analyze` on a linkedom parse of a file.

export interface AnalyzeOptions {
  url?: string | null;
  /** Analyse even when detection says the page is not an article ("analyse anyway"). */
  force?: boolean;
  /** What relative dates resolve against when the page gives no publication date. */
  referenceDate?: Date;
  /** Say "not an article" as cheaply as possible: no metadata beyond the page's title (asked of every page). */
  quickNo?: boolean;
}

export interface DocumentAnalysis {
  sheet: FactSheet;
  /** The way back from the sheet's offsets to the page's text nodes; null for non-articles. */
  map: TextMap | null;
}

/** A page as the reader saw it, as plain data: what the DOM-free extractors read. */
export interface ReadPage {
  url: string | null;
  detection: Detection;
  meta: ArticleMeta;
  /** The article's text; null when the page is not an article and no one forced a read. */
  main: { text: string; blocks: TextBlock[]; body: string } | null;
  warnings: string[];
  /** The day (YYYY-MM-DD) relative dates resolve against when the page gives no publication date. */
  fallbackDay: string | null;
}

export interface DocumentRead {
  page: ReadPage;
  map: TextMap | null;
}

/** Detection, metadata and main text with its map to the page, in one call. */
export function readDocument(doc: Document, options: AnalyzeOptions = {}): DocumentRead {
  const url = options.url ?? null;
  const read = readArticle(doc, url, options.force, options.quickNo);
  const main = read.main ? { text: read.main.text, blocks: read.main.blocks, body: read.main.body } : null;
  const fallbackDay = options.referenceDate ? options.referenceDate.toISOString().slice(0, 10) : null;
  return {
    page: { url, detection: read.detection, meta: read.meta, main, warnings: read.warnings, fallbackDay },
    map: read.main?.map ?? null,
  };
}
