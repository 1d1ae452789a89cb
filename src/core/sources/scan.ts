// What every parser reads: the text, the same text with quotations blanked, the quoted
// regions, each block's sentences, and the cues already used (so two parsers never claim one).

import type { AnalysisContext } from '../context';
import type { Span, TextBlock } from '../types';
import { sentencesOf } from './clause';
import { CUE_SCAN } from './lexicon';
import type { Attribution } from './model';
import { findQuotes, maskQuotes, type QuoteRegion } from './quote-spans';

export interface Cue extends Span {
  word: string;
}

export interface Scan {
  readonly text: string;
  readonly masked: string;
  readonly blocks: readonly TextBlock[];
  readonly regions: readonly QuoteRegion[];
  /** Sentences of each block, by block index (empty for blocks the step skips). */
  readonly sentences: readonly Span[][];
  /** Start offsets of cues a parser has used. */
  readonly usedCues: Set<number>;
  /** Quoted regions a parser has attributed. */
  readonly usedRegions: Set<QuoteRegion>;
  /** Every attribution so far, in the order found. */
  readonly found: Attribution[];
}

// Bylines and datelines never carry attributions; a bound on the text keeps 5 MB pages cheap.
const SKIPPED_BLOCKS = new Set(['byline', 'dateline']);
const MAX_TEXT = 400_000;

export function createScan(ctx: AnalysisContext): Scan {
  const blocks = ctx.blocks.filter((b) => b.start < MAX_TEXT);
  const regions = findQuotes(ctx.text, blocks);
  const masked = maskQuotes(ctx.text, regions);
  const terminalEnds = regions.filter((r) => r.terminal && !r.openEnded).map((r) => r.end);
  const sentences = blocks.map((block) => (SKIPPED_BLOCKS.has(block.kind) ? [] : sentencesOf(masked, block, terminalEnds)));
  return { text: ctx.text, masked, blocks, regions, sentences, usedCues: new Set(), usedRegions: new Set(), found: [] };
}

/** The cues of one sentence, in order: lower-case reporting verbs outside quotations. */
export function cuesIn(scan: Scan, sentence: Span): Cue[] {
  const out: Cue[] = [];
  const slice = scan.masked.slice(sentence.start, sentence.end);
  CUE_SCAN.lastIndex = 0;
  for (let m = CUE_SCAN.exec(slice); m; m = CUE_SCAN.exec(slice)) {
    if (!/^[a-z]/.test(m[0])) continue;
    out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, word: m[0].toLowerCase().replace(/\s+/g, ' ') });
  }
  // "According to" is read by its own parser.
  return out.filter((c) => !(c.word === 'according'));
}

/** The sentence of `block` that contains `offset`. */
export function sentenceOf(scan: Scan, block: number, offset: number): Span | undefined {
  return scan.sentences[block]?.find((s) => offset >= s.start && offset < s.end);
}

/** Strips a leading dateline ("SEOUL – ", "WASHINGTON (AP) — ") from content. */
export const DATELINE = /^[A-Z][A-Z.' ,-]{1,40}?\s*(?:\([^)]{1,30}\)\s*)?[\u2014\u2013-]+\s+/;
