// Years, calendar dates and times belong to the dates step. Drop any figure whose number lies in
// a span the dates step took, and, since that step may miss some, anything that reads as a year
// ("in 2019", "the 2024 election"), a day of a month ("Feb. 6", "6 February"), a time ("10:30",
// "9 a.m.") or a decade ("the 1990s", "the '80s").

import type { Span } from '../../types';
import type { FigureScan, Quantity } from '../model';
import { isPunct, isWord, tokenAt } from '../token-utils';

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const ZONES = new Set(['am', 'pm', 'gmt', 'utc', 'bst', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'cet', 'cest', 'et', 'pt', 'ct', 'hrs', 'h', 'ist', 'jst', 'kst', 'aest']);
const YEAR_BEFORE = new Set(['in', 'since', 'by', 'of', 'from', 'until', 'till', 'to', 'through', 'between', 'fiscal', 'year', 'during', 'before', 'after', 'the', 'early', 'late', 'mid', 'spring', 'summer', 'autumn', 'fall', 'winter', 'class', 'circa', 'c', 'and', 'or', 'around']);

const DURATION_WORDS = ['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries'];

export function dropDateLike(scan: FigureScan, quantities: Quantity[], dateSpans: readonly Span[]): Quantity[] {
  const sorted = [...dateSpans].sort((a, b) => a.start - b.start);
  return quantities.filter((q) => !q.atoms.some((atom) => {
    const start = scan.tokens[atom.first]!.start;
    const end = scan.tokens[atom.last]!.end;
    return overlapsAny(sorted, start, end);
  }) && !readsAsDate(scan, q));
}

function overlapsAny(sorted: readonly Span[], start: number, end: number): boolean {
  // Binary search for the last span starting before `end`.
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]!.start < end) { found = mid; low = mid + 1; } else high = mid - 1;
  }
  // Spans may nest; check a few before.
  for (let k = found; k >= 0 && k > found - 8; k--) if (sorted[k]!.end > start) return true;
  return false;
}

function readsAsDate(scan: FigureScan, q: Quantity): boolean {
  const { tokens } = scan;
  for (const atom of q.atoms) {
    if (atom.form === 'words') {
      const next = tokenAt(tokens, atom.last + 1);
      const next2 = tokenAt(tokens, atom.last + 2);
      if (isWord(next, ...DURATION_WORDS) && (isWord(next2, 'ago', 'earlier', 'hence') || (isWord(next2, 'from') && isWord(tokenAt(tokens, atom.last + 3), 'now')))) return true;
    }
    if (atom.form !== 'digits') continue;
    const token = tokens[atom.first]!;
    const prev = tokenAt(tokens, atom.first - 1);
    const prev2 = tokenAt(tokens, atom.first - 2);
    const next = tokenAt(tokens, atom.last + 1);
    const next2 = tokenAt(tokens, atom.last + 2);
    const integer = /^\d+$/.test(token.text);
    // Day of month: "Feb. 6", "February 6", "6 February", "6th of May" (ordinals are dropped elsewhere).
    if (integer && atom.value >= 1 && atom.value <= 31 && atom.magnitude === 1) {
      if (prev && MONTHS.has(prev.lower) && token.gap === 1) return true;
      if (isPunct(prev, '.') && prev2 && MONTHS.has(prev2.lower)) return true;
      if (next && MONTHS.has(next.lower) && next.gap === 1 && q.kind === 'number') return true;
      if (isWord(next, 'of') && next2 && MONTHS.has(next2.lower)) return true;
    }
    // Times: "10:30", "9 a.m.", "9am", "0900 GMT"
    // and race or clock times: "a 1:36.6 lap", "with 4:39 left".
    if (isPunct(next, ':') && next!.gap === 0 && next2?.type === 'num' && next2.gap === 0 && /^\d\d(?:\.\d+)?$/.test(next2.text)) return true;
    if (isPunct(prev, ':') && token.gap === 0 && prev2?.type === 'num' && prev!.gap === 0 && /^\d\d(?:\.\d+)?$/.test(token.text)) return true;
    if (next && next.type === 'word' && next.gap <= 1 && ZONES.has(next.lower) && atom.magnitude === 1 && (q.unit === null || q.unit === next.lower)) return true;
    if (isWord(next, 'a', 'p') && isPunct(next2, '.') && isWord(tokenAt(tokens, atom.last + 3), 'm')) return true;
    if (isWord(next, 'o’clock', "o'clock")) return true;
    // Decades: "1990s", "the '80s"
    if (isWord(next, 's', '’s', "'s") && next!.gap === 0 && atom.value % 10 === 0) return true;
    // "the ’80s", "summer ’80": a year cut to two digits.
    if (isPunct(prev, '’', "'", '‘') && token.gap === 0 && /^\d\d$/.test(token.text) && (prev!.gap > 0 || isWord(next, 's'))) return true;
    // "500 BC", "AD 79": years of an era.
    if (next && next.type === 'word' && /^(BC|AD|BCE|CE)$/.test(next.text) && next.gap === 1) return true;
    if (prev && prev.type === 'word' && prev.text === 'AD' && token.gap === 1) return true;
    // "three years ago", "two weeks earlier": a relative date.
    if (isWord(next, ...DURATION_WORDS) && (isWord(next2, 'ago', 'earlier', 'hence') || (isWord(next2, 'from') && isWord(tokenAt(tokens, atom.last + 3), 'now')))) return true;
    // Years: a bare four-digit number between 1500 and 2100, unless it plainly counts something
    // plural ("2000 troops", not "the 2024 election").
    // In a range, only when both ends are years ("1990-2000", not "1000-5000").
    const yearLike = (a: typeof atom) => a.bare && /^\d{4}$/.test(tokens[a.first]!.text) && a.value >= 1500 && a.value <= 2100;
    // "an average of 1500", "a total of 2000": an amount, whatever its digits.
    const amountOf = isWord(prev, 'of') && isWord(prev2, 'average', 'total', 'maximum', 'minimum', 'sum', 'tally', 'estimated');
    if (yearLike(atom) && q.atoms.every(yearLike) && !amountOf) {
      const plural = q.kind === 'count' && q.unit !== null && /s$/.test(q.unit) && !(prev && YEAR_BEFORE.has(prev.lower));
      const withUnit = q.kind !== 'number' && q.kind !== 'count';
      if (!plural && !withUnit) return true;
    }
    // Year ranges and seasons: "2023-24", "2019/20" — the right end is glued to a year.
    if (isPunct(prev, '-', '–', '/') && token.gap === 0 && prev2?.type === 'num' && /^(1[5-9]|20)\d\d$/.test(prev2.text) && prev!.gap === 0 && /^\d{2}$/.test(token.text)) return true;
  }
  return false;
}
