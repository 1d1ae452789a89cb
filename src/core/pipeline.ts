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
import { readDocument, type AnalyzeOptions, type DocumentAnalysis, type ReadPage } from './read-document';
import { extractSources } from './sources/index';
import { emptyMeta } from './meta';
import { plainTextBlocks } from './text/plain-text';
import type { ArticleMeta, Detection, FactSheet, TextBlock } from './types';

export type { AnalyzeOptions, DocumentAnalysis, DocumentRead, ReadPage } from './read-document';
export { readDocument } from './read-document';

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
  // Statements and positions (beliefs, intentions, stances), the latter marked cueKind 'attitude'.
  const { sources, quotes } = extractSources(ctx, { attitudes: true });
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
