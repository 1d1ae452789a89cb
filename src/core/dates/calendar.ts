// Calendar arithmetic on plain year/month/day triples (UTC, no time zones): the reference date is
// noon UTC of the publication day, so every computation here stays on whole days.

import type { DatePrecision } from '../types';

export interface Ymd {
  y: number;
  /** 1–12. */
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export function ymdOf(date: Date): Ymd {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function toMs(day: Ymd): number {
  return Date.UTC(day.y, day.m - 1, day.d);
}

function fromMs(ms: number): Ymd {
  return ymdOf(new Date(ms));
}

export function addDays(day: Ymd, days: number): Ymd {
  return fromMs(toMs(day) + days * DAY_MS);
}

/** Adds months, clamping the day to the target month's length (31 January + 1 month = 28/29 February). */
export function addMonths(day: Ymd, months: number): Ymd {
  const index = day.y * 12 + (day.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Ymd): number {
  return new Date(toMs(day)).getUTCDay();
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return toMs(a) - toMs(b);
}

export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

/** Monday of the week that contains `day` (news weeks run Monday to Sunday). */
export function weekStart(day: Ymd): Ymd {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

export function monthStart(y: number, m: number): Ymd {
  return { y, m, d: 1 };
}

export function monthEnd(y: number, m: number): Ymd {
  return { y, m, d: daysInMonth(y, m) };
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** ISO 8601 at a precision: `2025`, `2025-01`, `2025-01-11`, `2025-Q3`. */
export function formatYmd(day: Ymd, precision: DatePrecision): string {
  switch (precision) {
    case 'year':
      return pad(day.y, 4);
    case 'quarter':
      return `${pad(day.y, 4)}-Q${Math.floor((day.m - 1) / 3) + 1}`;
    case 'month':
      return `${pad(day.y, 4)}-${pad(day.m, 2)}`;
    case 'day':
      return `${pad(day.y, 4)}-${pad(day.m, 2)}-${pad(day.d, 2)}`;
  }
}

/**
 * The finest precision at which an interval is one calendar unit: 3–5 February is `2025-02`,
 * 27 January–2 February is `2025`. An interval that spans a new year is read at the year of its
 * middle day, which is what a reader would call it.
 */
export function commonPrecision(start: Ymd, end: Ymd): { day: Ymd; precision: DatePrecision } {
  if (start.y !== end.y) {
    return { day: addDays(start, Math.floor(daysBetween(start, end) / 2)), precision: 'year' };
  }
  if (start.m !== end.m) return { day: start, precision: 'year' };
  if (start.d !== end.d) return { day: start, precision: 'month' };
  return { day: start, precision: 'day' };
}
