// "Rubio wrote in his 2012 book, ''An American Son.''", "on the host's show, “Late Call.”": a
// work named in apposition to the noun for it, set off by a comma, is a title even though the
// comma keeps the noun from standing right before the mark (quote-spans.ts reads "the book
// “…”"), and even with a full stop inside the marks. Only nouns for works count, and only a
// passage in title case: "told the show, “we are not done yet”" is the guest's quotation.

import type { QuoteRegion } from './quote-spans';

const WORK_THEN_COMMA = /\b(?:book|novel|memoir|autobiography|biography|film|movie|documentary|album|song|show|series|episode|podcast|play|poem|painting|opera|musical|sitcom)\s*,\s*$/i;
const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'is', 'vs']);

/** True when the quotation is a title-cased name of a work, after the work's noun and a comma. */
export function isWorkTitleAfterComma(text: string, region: QuoteRegion): boolean {
  if (!WORK_THEN_COMMA.test(text.slice(Math.max(0, region.start - 40), region.start))) return false;
  const inner = text.slice(region.innerStart, region.innerEnd).replace(/[.!?,;:\u2026]+$/, '');
  const words = inner.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (!words.length || words.length > 12) return false;
  return words.every((w) => MINOR_WORDS.has(w.toLowerCase()) || /^[\p{Lu}\d]/u.test(w)) && /^\p{Lu}/u.test(words[0]!);
}
