// A content that is nothing but a date or a time ("…, as the Courier reported last week" read as
// reporting "last week") is no statement: what remains once the date step's mentions are taken out
// is at most a preposition or an article. The date step runs first, so its spans are at hand.

import { firstEndingAfter } from '../text/spans';
import type { DateMention } from '../types';

const LEFTOVER = /^(?:\s|[,.;:\u2014\u2013-]|\b(?:on|in|at|since|by|during|until|till|from|of|the|this|that|early|earlier|late|later|as)\b)*$/i;

/** True when the dates cover every word of [start, end) but prepositions and articles. */
export function isDateOnly(text: string, start: number, end: number, dates: readonly DateMention[]): boolean {
  let i = firstEndingAfter(dates, start);
  if (i >= dates.length || dates[i]!.start >= end) return false;
  let rest = '';
  let at = start;
  for (; i < dates.length && dates[i]!.start < end; i++) {
    rest += text.slice(at, Math.max(at, dates[i]!.start));
    at = Math.max(at, dates[i]!.end);
    if (rest.length > 40) return false;
  }
  rest += text.slice(Math.min(at, end), end);
  return LEFTOVER.test(rest);
}
