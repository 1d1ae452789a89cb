// What every parser reads: the text, the same text with quotations blanked, the quoted
// regions, each block's sentences, and the cues already used (so two parsers never claim one).

import type { AnalysisContext } from '../context';
import { indexOfSpanAt } from '../text/spans';
import type { Span, TextBlock } from '../types';
import { DATELINE, sentencesOf } from './clause';
import { CUE_PARTICLES, CUE_WORDS, SPEECH_SINGLE } from './lexicon';
import type { Attribution } from './model';
import { isPluralNounCue } from './plural-noun-cue';
import { isNounStateByPrevious } from './noun-state';
import { findQuotes, maskQuotes, type QuoteRegion } from './quote-spans';
import { lowerTitleCaseCues } from './title-case';
import { readDoubleHyphensAsDashes } from './double-hyphen';

// Lower-case words only: cues are verbs, never a capitalised name ("Says" opening a headline aside).
const WORD = /(?<![\p{L}\p{N}'\u2019-])\p{Ll}+(?![\p{L}\p{N}])/gu;

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
  /** Cues of each block, found once (parsers ask for many small ranges). */
  readonly cueCache: Map<number, Cue[]>;
  /** Also read attitudes and looser sources (see SourceOptions): never for the fact sheet. */
  readonly attitudes: boolean;
}

// Bylines and datelines never carry attributions; a bound on the text keeps 5 MB pages cheap.
const SKIPPED_BLOCKS = new Set(['byline', 'dateline']);
const MAX_TEXT = 400_000;

export function createScan(ctx: AnalysisContext, attitudes = false): Scan {
  const blocks = ctx.blocks.filter((b) => b.start < MAX_TEXT).map((b) => (b.end > MAX_TEXT ? { ...b, end: MAX_TEXT } : b));
  const regions = findQuotes(ctx.text, blocks);
  const quoted = readDoubleHyphensAsDashes(maskQuotes(ctx.text, regions));
  const terminalEnds = regions.filter((r) => r.terminal && !r.openEnded).map((r) => r.end);
  const sentences = blocks.map((block) => (SKIPPED_BLOCKS.has(block.kind) ? [] : sentencesOf(quoted, block, terminalEnds)));
  const masked = lowerTitleCaseCues(quoted, sentences.flat());
  return { text: ctx.text, masked, blocks, regions, sentences, usedCues: new Set(), usedRegions: new Set(), found: [], cueCache: new Map(), attitudes };
}

/** The cues within a span (inside one block), in order: lower-case reporting verbs outside quotations. */
export function cuesIn(scan: Scan, span: Span): Cue[] {
  const block = blockAt(scan, span.start);
  if (block < 0) return [];
  let cues = scan.cueCache.get(block);
  if (!cues) {
    cues = findCues(scan.masked, scan.blocks[block]!);
    scan.cueCache.set(block, cues);
  }
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Cue[] = [];
  for (let i = lo; i < cues.length && cues[i]!.end <= span.end; i++) out.push(cues[i]!);
  return out;
}

function findCues(masked: string, block: Span): Cue[] {
  const out: Cue[] = [];
  const slice = masked.slice(block.start, block.end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const word = m[0];
    if (!CUE_WORDS.has(word)) continue;
    const start = block.start + m.index;
    if (isPluralNounCue(masked, word, start + word.length)) continue;
    if (isNounStateByPrevious(masked, word, start)) continue;
    const particle = CUE_PARTICLES.get(word);
    const next = particle ? new RegExp(`^\\s+${particle}\\b`).exec(slice.slice(m.index + word.length, m.index + word.length + 12)) : null;
    if (particle && !next && !SPEECH_SINGLE.has(word)) continue;
    const end = start + word.length + (next ? next[0].length : 0);
    out.push({ start, end, word: next ? `${word} ${particle}` : word });
  }
  return out;
}

/** The block that holds `offset`, or the first block after it when it falls between blocks. */
export function blockAtOrAfter(scan: Scan, offset: number): number {
  let lo = 0;
  let hi = scan.blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = scan.blocks[mid]!;
    if (offset < b.start) hi = mid - 1;
    else if (offset > b.end) lo = mid + 1;
    else return mid;
  }
  return lo;
}

function blockAt(scan: Scan, offset: number): number {
  const index = blockAtOrAfter(scan, offset);
  const block = scan.blocks[index];
  return block && offset >= block.start && offset <= block.end ? index : -1;
}

/** The sentence of `block` that contains `offset` (binary search: blocks may hold thousands). */
export function sentenceOf(scan: Scan, block: number, offset: number): Span | undefined {
  const list = scan.sentences[block];
  return list ? list[indexOfSpanAt(list, offset)] : undefined;
}

/** The sentence before `sentence` of `block`: the paragraph's previous one, else the last of the paragraph before. */
export function sentenceBefore(scan: Scan, block: number, sentence: Span): Span | undefined {
  const list = scan.sentences[block] ?? [];
  const k = list.indexOf(sentence);
  return k > 0 ? list[k - 1] : (scan.sentences[block - 1] ?? []).at(-1);
}

/**
 * `pattern` run on the masked words of the quotation's sentence before it (at most `reach`
 * characters back), with where those words start; null when the quotation opens its sentence or
 * nothing matches.
 */
export function matchBeforeQuote(scan: Scan, region: QuoteRegion, pattern: RegExp, reach: number): { m: RegExpExecArray; from: number } | null {
  const sentence = sentenceOf(scan, region.block, region.start);
  if (!sentence || region.start <= sentence.start) return null;
  const from = Math.max(sentence.start, region.start - reach);
  const m = pattern.exec(scan.masked.slice(from, region.start));
  return m ? { m, from } : null;
}

/** The text from a sentence's start to `at`, or null when it is too long to be a lead-in. */
export function leadIn(scan: Scan, sentenceStart: number, at: number): string | null {
  return at - sentenceStart > MAX_LEAD ? null : scan.masked.slice(sentenceStart, at).replace(DATELINE, '');
}

const MAX_LEAD = 240;
/** A bound on work: a page never yields more attributions than this. */
export const MAX_FOUND = 3000;
/** Reported content longer than this is cut (a run-on sentence on a hostile page). */
export const MAX_CONTENT = 800;
/** An infinitive whose verb is left out, "… any school they wanted to, or …": no content follows. */
export const ELIDED_INFINITIVE = /^\s+to\s*[,.;:!?)\u2014\u2013]/;
/** A that-clause, a question or a finite verb: words after a cue that say something, not only where or what. */
export const CLAUSE_MARK = /\b(?:that|whether|if|is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|do|does|did)\b/i;
/** Words that open with a share of respondents: "43% of voters …", "about one in four …", "half". */
export const SHARE_FIRST = /^(?:(?:only|just|nearly|almost|about|roughly|some|more\s+than|fewer\s+than|less\s+than)\s+)*(?:\d|half\b|a\s+(?:third|quarter|majority)\b|(?:one|two|three|four|five|six|seven|eight|nine)[\s-]+in\b)/i;

/** A match of a parser's pattern in one sentence's masked text. */
export interface SentenceMatch {
  match: RegExpExecArray;
  sentence: Span;
  block: number;
  /** Where the match starts in the text. */
  at: number;
}

/**
 * Every match of `pattern` (a global pattern) in every sentence's masked text, block by block:
 * the loop the pattern-led parsers share. Ends once the page has MAX_FOUND attributions.
 */
export function* sentenceMatches(scan: Scan, pattern: RegExp): Generator<SentenceMatch> {
  for (const [block, sentences] of scan.sentences.entries()) {
    for (const sentence of sentences ?? []) {
      const slice = scan.masked.slice(sentence.start, sentence.end);
      pattern.lastIndex = 0;
      for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
        if (scan.found.length >= MAX_FOUND) return;
        yield { match, sentence, block, at: sentence.start + match.index };
      }
    }
  }
}

/**
 * Headlines, subheads and captions are written in headline-ese: the present tense tells a past act
 * ("Odisha reports first death", "Doctor issues advice", "Wilson discusses a road issue at the
 * Capitol") and subjects and auxiliaries drop out ("Three men charged for …"), so a verb there tells
 * no position; the body tells the position again in full. Statements there are still read.
 */
const NO_POSITION_BLOCKS = new Set<TextBlock['kind']>(['headline', 'subhead', 'caption']);

/** Whether positions (attitudes, intentions, stances) are read in this block. */
export function readsPositions(scan: Scan, block: number): boolean {
  return !NO_POSITION_BLOCKS.has(scan.blocks[block]!.kind);
}

/** sentenceMatches in the blocks where positions are read. */
export function* positionMatches(scan: Scan, pattern: RegExp): Generator<SentenceMatch> {
  for (const m of sentenceMatches(scan, pattern)) if (readsPositions(scan, m.block)) yield m;
}

/**
 * The content a cue introduces: from `start` to the sentence's end (at most MAX_CONTENT
 * characters), cut where `stop` first matches, without the white space and closing punctuation
 * at its ends.
 */
export function contentAfter(scan: Scan, start: number, sentenceEnd: number, stop: RegExp): [number, number] {
  const { masked, text } = scan;
  const limit = Math.min(sentenceEnd, start + MAX_CONTENT);
  let end = limit;
  const cut = stop.exec(masked.slice(start, limit));
  if (cut) end = start + cut.index;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,.;:\u2014\u2013-]/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** The last character before `to` (back to `from`) that is not white space, or ''. */
export function lastNonSpace(text: string, from: number, to: number): string {
  let i = to - 1;
  while (i >= from && /\s/.test(text[i]!)) i--;
  return i >= from ? text[i]! : '';
}

/** Strips a leading dateline from content (defined beside the subject rules, which skip it too). */
export { DATELINE };
