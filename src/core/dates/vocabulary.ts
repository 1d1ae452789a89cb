// Words the date parsers share. Regex sources are plain strings so that parsers can compose them
// into their own patterns, compiled once at module level.

import { lookupTable } from '../text/lookup-table';

const MONTHS = lookupTable<number>({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
});

/** Full month names, and abbreviations only with their full stop ("Jan." but not "Jan", a name). */
export const MONTH_PATTERN =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.)';

export function monthNumber(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

const WEEKDAYS = lookupTable<number>({
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
});

export const WEEKDAY_PATTERN = '(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)';

export function weekdayNumber(word: string): number | null {
  return WEEKDAYS[word.toLowerCase()] ?? null;
}

const NUMBER_WORDS = lookupTable<number>({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, several: 3, few: 3, 'a few': 3, 'a couple of': 2, 'a couple': 2,
});

/** A small count of units; not the tail of a larger number ("200,000 years ago"). */
export const COUNT_PATTERN =
  '(?:(?<![\\d,.])\\d{1,3}(?![\\d,.]\\d)|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)';

export function countNumber(word: string): number | null {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  return NUMBER_WORDS[lower] ?? null;
}

export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade';

export function unitOf(word: string): Unit | null {
  const singular = word.toLowerCase().replace(/s$/, '');
  switch (singular) {
    case 'day':
    case 'week':
    case 'weekend':
    case 'month':
    case 'quarter':
    case 'year':
    case 'decade':
      return singular;
    default:
      return null;
  }
}
