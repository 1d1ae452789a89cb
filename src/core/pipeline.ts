// The analysis pipeline: page (or plain text) → fact sheet.
//
//   Document ──readArticle──▶ detection, metadata, main text (+ map to the live DOM)
//                                   │ not an article: stop here, cheaply
//                                   ▼
//   text + blocks ──createContext──▶ AnalysisContext
//        extractDates        dates own years, days and months…
//        extractFigures      …so figures skip the spans dates took
//        extractSources      sources and quotes (may cite figures and dates)
//        crossCheckFigures   relations between figures the text makes explicit
//        buildTimeline       dates in calendar order, the publication date marked
//                                   ▼
//                               FactSheet (plain JSON)
//
// Each step is one function from its own folder; replacing a step touches only its folder.

import { createContext } from './context';
import { buildTimeline } from './dates/timeline';
import { extractDates } from './dates/index';
import { crossCheckFigures } from './figures/cross-check';
import { extractFigures } from './figures/index';
import { readArticle } from './reader/index';
import type { TextMap } from './reader/text-map';
import { extractSources } from './sources/index';
import { emptyMeta } from './meta';
import { plainTextBlocks } from './text/plain-text';
import type { ArticleMeta, Detection, FactSheet, TextBlock } from './types';

export interface AnalyzeOptions {
  url?: string | null;
  /** Analyse even when detection says the page is not an article ("analyse anyway"). */
  force?: boolean;
  /** What relative dates resolve against when the page gives no publication date. */
  referenceDate?: Date;
  /** Say "not an article" as cheaply as possible: no metadata beyond the page's title. */
  quickNo?: boolean;
}

export interface DocumentAnalysis {
  sheet: FactSheet;
  /** The way back from the sheet's offsets to the page's text nodes; null for non-articles. */
  map: TextMap | null;
}

/**
 * A page as the reader saw it, as plain data: it can cross a message channel, so that the
 * DOM-free extractors may run away from the page's main thread (the content script reads the
 * page, the background extracts).
 */
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

/** The DOM part of the analysis: detection, metadata and main text with its map to the page. */
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

/** The DOM-free part: every extractor over the text the reader kept. */
export function analyzeReadPage(page: ReadPage): FactSheet {
  const { url, detection, meta, main, warnings } = page;
  if (!main) return emptySheet(url, detection, meta, warnings);
  const fallback = page.fallbackDay ? new Date(`${page.fallbackDay}T12:00:00Z`) : undefined;
  const sheet = analyzeBlocks(main.text, main.blocks, meta, url, fallback);
  sheet.detection = detection;
  sheet.isArticle = detection.isArticle;
  sheet.body = main.body;
  sheet.warnings.push(...warnings);
  return sheet;
}

export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): DocumentAnalysis {
  const { page, map } = readDocument(doc, options);
  return { sheet: analyzeReadPage(page), map };
}

export interface TextOptions {
  referenceDate: Date;
  url?: string | null;
  language?: string;
}

/** Plain text: paragraphs are separated by blank lines; there is no metadata to read. */
export function analyzeText(input: string, options: TextOptions): FactSheet {
  const { text, blocks } = plainTextBlocks(input);
  const meta = { ...emptyMeta(), language: options.language ?? 'en' };
  const sheet = analyzeBlocks(text, blocks, meta, options.url ?? null, options.referenceDate);
  sheet.body = text;
  return sheet;
}

function analyzeBlocks(
  text: string, blocks: TextBlock[], meta: ArticleMeta, url: string | null, fallbackDate: Date | undefined,
): FactSheet {
  const ctx = createContext({ text, blocks, meta, url, referenceDate: referenceDateOf(meta, fallbackDate) });
  ctx.dates = extractDates(ctx);
  ctx.figures = extractFigures(ctx);
  const { sources, quotes } = extractSources(ctx);
  ctx.sources = sources;
  ctx.quotes = quotes;
  return {
    version: 1,
    url,
    isArticle: true,
    detection: { isArticle: true, score: 1, signals: ['text'] },
    meta,
    body: '',
    text,
    blocks,
    figures: ctx.figures,
    dates: ctx.dates,
    sources: ctx.sources,
    quotes: ctx.quotes,
    crossChecks: crossCheckFigures(ctx),
    timeline: buildTimeline(ctx),
    warnings: ctx.warnings,
  };
}

/**
 * Relative dates resolve against the day the outlet printed. The reference is noon UTC of that
 * day, so that any time zone's reading of it falls on the same calendar day; extractors use the
 * UTC getters.
 */
function referenceDateOf(meta: ArticleMeta, fallback: Date | undefined): Date {
  const printed = meta.published?.slice(0, 10);
  if (printed && /^\d{4}-\d{2}-\d{2}$/.test(printed)) return new Date(`${printed}T12:00:00Z`);
  const day = (fallback ?? new Date()).toISOString().slice(0, 10);
  return new Date(`${day}T12:00:00Z`);
}


function emptySheet(url: string | null, detection: Detection, meta: ArticleMeta, warnings: string[]): FactSheet {
  return {
    version: 1, url, isArticle: false, detection, meta, body: '', text: '', blocks: [],
    figures: [], dates: [], sources: [], quotes: [], crossChecks: [], timeline: [], warnings,
  };
}
