import type { Span } from '../types';
import { indexOfSpanAt } from './spans';

// Sentence spans over the analysed text. Blocks are separated by blank lines, so a sentence never
// crosses a block. A sentence ends at . ! ? or … followed by space and an upper-case letter, a
// digit or an opening quote, unless the word before the stop is a known abbreviation.

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'st', 'jr', 'sr',
  'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'etc', 'approx', 'est', 'dept',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave', 'blvd',
]);

const BOUNDARY = /[.!?…]+["'\u201D\u2019)]*\s+(?=["'\u201C\u2018(]?[A-Z0-9\u00C0-\u024F])|\n{2,}/g;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    const stop = match.index;
    if (!match[0].startsWith('\n') && isAbbreviation(text, stop)) continue;
    const end = match[0].startsWith('\n') ? stop : stop + match[0].trimEnd().length;
    pushTrimmed(text, start, end, spans);
    start = stop + match[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function isAbbreviation(text: string, stop: number): boolean {
  if (text[stop] !== '.') return false;
  let wordStart = stop;
  while (wordStart > 0 && /[A-Za-z.]/.test(text[wordStart - 1]!)) wordStart--;
  const word = text.slice(wordStart, stop).toLowerCase();
  // A single capital ("J. Smith") is an initial, not the end of a sentence.
  return ABBREVIATIONS.has(word) || /^[a-z]$/.test(word);
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}

/** The sentence that contains `offset`. */
export function sentenceAt(sentences: readonly Span[], offset: number): Span | undefined {
  return sentences[indexOfSpanAt(sentences, offset)];
}
