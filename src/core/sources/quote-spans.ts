// Quoted passages: where each quotation opens and closes, across the marks news pages use
// (straight, curly, low-9, guillemets; single marks when a block has no double ones), and
// quotations that run over several paragraphs (an opening mark with no closing one until a
// later paragraph, each new paragraph reopening). One pass over each block: linear time.

import type { Span } from '../types';
import { isWorkTitleAfterComma } from './work-title';
import { isTitleBeforeNoun } from './title-before-noun';

export interface QuoteRegion extends Span {
  /** The passage without its marks. */
  innerStart: number;
  innerEnd: number;
  /** Index of the block it stands in (the first block for a multi-paragraph quote). */
  block: number;
  /** The passage ends with . ! ? or … inside its marks: the quotation ends a sentence. */
  terminal: boolean;
  /** A later paragraph's part of a quotation opened in an earlier paragraph. */
  continues: boolean;
  /** Unclosed at the end of its block (a multi-paragraph quotation goes on in the next one). */
  openEnded: boolean;
}

const DOUBLE_OPEN = new Set(['\u201C', '\u201E', '\u00AB']);
const DOUBLE_CLOSE = new Set(['\u201D', '\u00BB']);
const SINGLE_OPEN = new Set(['\u2018', '\u201A', '\u2039']);
const SINGLE_CLOSE = new Set(['\u2019', '\u203A']);
const WORD_CHAR = /[\p{L}\p{N}]/u;
// (Invisible direction and zero-width marks, pasted in from social posts, count as spaces.)
const OPEN_BEFORE = /[\s([{\u2014\u2013\-/:\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;
/** A quotation longer than this is a mis-paired mark, not a quotation. */
const MAX_QUOTE = 4000;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/**
 * "“…here,“ said Jones": an opening curly mark typed where the closing one belongs. Glued to the
 * end of a word or its punctuation and followed by a space (or the paragraph's end, or a bracketed
 * credit: "… stand.“[Post.]"), it cannot open anything: it closes the quotation that is open.
 */
function typedOpenerCloses(ch: string, prev: string | undefined, next: string | undefined): boolean {
  return ch === '\u201C' && prev !== undefined && /[\p{L}\p{N}.,!?;\u2026]/u.test(prev) && (next === undefined || /[\s[]/.test(next));
}

/**
 * "“… say, 'Well done,' ” said Roe" typed with straight marks: a double mark after a space that
 * follows the inner quotation's closing mark, with a space or the paragraph's end after it,
 * cannot open a quotation; it closes the open one.
 */
function spacedAfterInner(text: string, i: number, ch: string, next: string | undefined): boolean {
  return ch === '"' && text[i - 1] === ' ' && /['\u2019]/.test(text[i - 2] ?? '') && (next === undefined || /\s/.test(next));
}

/**
 * "“It is not about “fair play” any more,” she wrote": a curly opening mark inside an open
 * quotation whose next curly mark closes and whose mark after that closes again is a quotation
 * inside the quotation, not a fresh start after a mark that was never closed. (Curly marks only:
 * straight ones cannot tell an inner opening from a stray one.) Reads ahead only to the second
 * mark after `i`, so the block is still read in linear time.
 */
function opensInnerQuote(text: string, i: number, end: number): boolean {
  let closes = 0;
  for (let j = i + 1; j < end; j++) {
    const ch = text[j]!;
    if (DOUBLE_CLOSE.has(ch) || typedOpenerCloses(ch, text[j - 1], j + 1 < end ? text[j + 1] : undefined)) {
      if (++closes === 2) return true;
    } else if (DOUBLE_OPEN.has(ch)) return false;
  }
  return false;
}

/** "''Like this,'' he said": two apostrophes at `i` that open a passage (a word follows, none before). */
function opensDoubledApostrophe(text: string, i: number, start: number, end: number): boolean {
  const prev = i > start ? text[i - 1] : undefined;
  return (prev === undefined || OPEN_BEFORE.test(prev)) && i + 2 < end && isWordChar(text[i + 2]);
}

/** Quoted regions of one block (absolute offsets), the marks chosen for the block. */
export function findQuotesInBlock(text: string, start: number, end: number, block: number): QuoteRegion[] {
  let hasDouble = false;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    // (Two apostrophes stand for a double mark only where one could open: "… 90% effective.''" is a
    // stray doubled closing apostrophe of a block quoted in single marks.)
    if (ch === '"' || DOUBLE_OPEN.has(ch) || DOUBLE_CLOSE.has(ch) || (ch === "'" && text[i + 1] === "'" && opensDoubledApostrophe(text, i, start, end))) { hasDouble = true; break; }
  }
  const regions: QuoteRegion[] = [];
  let open = -1;
  // An inner quotation is open inside the open one: its closing mark does not close the outer one.
  let inner = false;
  for (let i = start; i < end; i++) {
    let ch = text[i]!;
    const prev = i > start ? text[i - 1] : undefined;
    // Two apostrophes stand for a double mark in some newsroom styles: ''Like this,'' he said.
    const pair = hasDouble && ch === "'" && text[i + 1] === "'";
    if (pair) ch = '"';
    const next = i + (pair ? 2 : 1) < end ? text[i + (pair ? 2 : 1)] : undefined;
    const opener = hasDouble
      ? DOUBLE_OPEN.has(ch) || ((ch === '"' || ch === '\u201D') && (prev === undefined || OPEN_BEFORE.test(prev)) && next !== undefined && !/\s/.test(next))
      : (SINGLE_OPEN.has(ch) || ch === "'") && (prev === undefined || OPEN_BEFORE.test(prev)) && isWordChar(next);
    const closer = hasDouble
      ? DOUBLE_CLOSE.has(ch) || (ch === '"' && prev !== undefined && !/\s/.test(prev)) || typedOpenerCloses(ch, prev, next) || spacedAfterInner(text, i, ch, next)
      : (SINGLE_CLOSE.has(ch) || ch === "'") && prev !== undefined && !/\s/.test(prev) && !isWordChar(next);
    // "''… 'We'll win,''' said Roe": of three apostrophes closing, the first ends the inner
    // quotation and the last two the outer one.
    if (open >= 0 && pair && text[i + 2] === "'") continue;
    if (open < 0) {
      if (opener) open = i;
      if (pair) i++;
      continue;
    }
    if (closer && inner) {
      inner = false;
    } else if (closer && i > open + 1) {
      pushRegion(text, open, i + (pair ? 2 : 1), block, false, regions);
      open = -1;
      if (pair) i++;
    } else if (opener && DOUBLE_OPEN.has(ch) && i - open > 1) {
      // A new opening mark before the old one closed: a quotation inside it, or else the old one
      // was never closed.
      if (opensInnerQuote(text, i, end)) inner = true;
      else open = i;
    }
  }
  if (open >= 0 && end - open > 2) pushRegion(text, open, end, block, true, regions);
  return regions;
}

function pushRegion(text: string, start: number, end: number, block: number, openEnded: boolean, out: QuoteRegion[]): void {
  if (end - start > MAX_QUOTE) return;
  let innerStart = start + (text[start] === "'" && text[start + 1] === "'" ? 2 : 1);
  let innerEnd = openEnded ? end : end - (text[end - 1] === "'" && text[end - 2] === "'" ? 2 : 1);
  while (innerStart < innerEnd && /\s/.test(text[innerStart]!)) innerStart++;
  while (innerEnd > innerStart && /\s/.test(text[innerEnd - 1]!)) innerEnd--;
  if (innerEnd <= innerStart) return;
  const last = text[innerEnd - 1]!;
  out.push({ start, end, innerStart, innerEnd, block, terminal: /[.!?\u2026]/.test(last), continues: false, openEnded });
}

/**
 * All quoted regions of the article, in text order. A region left open at the end of a
 * paragraph, followed by a paragraph that opens with a quotation mark, continues there.
 */
export function findQuotes(text: string, blocks: readonly Span[]): QuoteRegion[] {
  const all: QuoteRegion[] = [];
  let carry = false;
  blocks.forEach((block, index) => {
    const regions = findQuotesInBlock(text, block.start, block.end, index);
    if (carry && regions.length && regions[0]!.start === block.start) regions[0]!.continues = true;
    const last = regions[regions.length - 1];
    carry = Boolean(last?.openEnded);
    all.push(...regions);
  });
  return all;
}

/** The text with every quoted region blanked out (same length), so clause rules never read inside quotes. */
export function maskQuotes(text: string, regions: readonly QuoteRegion[]): string {
  if (!regions.length) return text;
  const parts: string[] = [];
  let at = 0;
  for (const region of regions) {
    parts.push(text.slice(at, region.start), MASK.repeat(region.end - region.start));
    at = region.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

export const MASK = '\uE000';

const TITLE_BEFORE = /\b(?:titled|entitled|headlined|dubbed|named|nicknamed|branded|book|novel|film|movie|documentary|song|album|show|series|episode|article|column|op-ed|essay|headline|slogan|hashtag|play|poem|podcast|program|programme|painting|exhibition|campaign|operation|motto|term|phrase|word|words|label|so-called)\s*$/i;
const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'is', 'vs']);

/** How many words a passage has (bounded: counting stops at `cap`). */
export function wordCount(text: string, cap = 1000): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count < cap; i++) {
    const word = isWordChar(text[i]);
    if (word && !inWord) count++;
    inWord = word;
  }
  return count;
}

/** A quoted title ("the book “War and Peace”"): not a quotation. */
export function isTitle(text: string, region: QuoteRegion): boolean {
  const inner = text.slice(region.innerStart, region.innerEnd);
  const before = text.slice(Math.max(0, region.start - 40), region.start);
  // ("“Parasite” director Bong Joon Ho": a title before the noun for its person, title-before-noun.ts.)
  if (TITLE_BEFORE.test(before) || isWorkTitleAfterComma(text, region) || isTitleBeforeNoun(text, region)) return true;
  if (/[.!?,;:\u2026]$/.test(inner)) return false;
  const words = inner.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > 12) return false;
  const capitalised = words.filter((w) => MINOR_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w)).length;
  return capitalised === words.length && words.some((w) => /^\p{Lu}/u.test(w));
}

/** A short fragment without its own sentence ("so-called “attrition warfare”"). */
export function isFragment(text: string, region: QuoteRegion): boolean {
  const inner = text.slice(region.innerStart, region.innerEnd);
  return !region.terminal && wordCount(inner, 8) <= 6 && !/[,;:]$/.test(inner) ? true : wordCount(inner, 4) <= 3;
}
