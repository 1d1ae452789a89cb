// Calendar periods ("the week of", "that month", "the third quarter") and the choice between the
// last and the next occurrence of a month or weekday, which is where the tense comes in.

import {
  addDays, addMonths, compareYmd, daysBetween, monthEnd, monthStart, weekdayOf, weekStart, type Ymd,
} from './calendar';
import type { Tense } from './candidate';
import type { Unit } from './vocabulary';

export interface Period {
  start: Ymd;
  end: Ymd;
}

/** The whole unit that contains `day`. */
export function periodOf(unit: Unit, day: Ymd): Period {
  switch (unit) {
    case 'day':
      return { start: day, end: day };
    case 'week': {
      const start = weekStart(day);
      return { start, end: addDays(start, 6) };
    }
    case 'weekend': {
      const saturday = addDays(weekStart(day), 5);
      return { start: saturday, end: addDays(saturday, 1) };
    }
    case 'month':
      return { start: monthStart(day.y, day.m), end: monthEnd(day.y, day.m) };
    case 'quarter': {
      const first = Math.floor((day.m - 1) / 3) * 3 + 1;
      return { start: monthStart(day.y, first), end: monthEnd(day.y, first + 2) };
    }
    case 'year':
      return { start: monthStart(day.y, 1), end: monthEnd(day.y, 12) };
    case 'decade': {
      const y = day.y - (day.y % 10);
      return { start: monthStart(y, 1), end: monthEnd(y + 9, 12) };
    }
  }
}

/** `day` moved by `count` units. */
export function shift(unit: Unit, day: Ymd, count: number): Ymd {
  switch (unit) {
    case 'day':
      return addDays(day, count);
    case 'week':
    case 'weekend':
      return addDays(day, 7 * count);
    case 'month':
      return addMonths(day, count);
    case 'quarter':
      return addMonths(day, 3 * count);
    case 'year':
      return addMonths(day, 12 * count);
    case 'decade':
      return addMonths(day, 120 * count);
  }
}

export type Part =
  | 'early' | 'mid' | 'late' | 'start' | 'end' | 'first-half' | 'second-half' | 'first-week' | 'last-week' | 'earlier' | 'later';

/** A part of a period: early = first third, mid = middle third, late = last third. */
export function partOf(period: Period, part: Part, ref: Ymd): Period {
  const length = daysBetween(period.start, period.end) + 1;
  if (length <= 1) return period;
  const at = (fraction: number): Ymd => addDays(period.start, Math.floor(length * fraction));
  switch (part) {
    case 'early':
      return { start: period.start, end: addDays(at(1 / 3), -1) };
    case 'mid':
      return { start: at(1 / 3), end: addDays(at(2 / 3), -1) };
    case 'late':
      return { start: at(2 / 3), end: period.end };
    case 'start':
      return { start: period.start, end: addDays(at(0.1), length > 10 ? -1 : 0) };
    case 'end':
      return { start: at(0.9), end: period.end };
    case 'first-half':
      return { start: period.start, end: addDays(at(0.5), -1) };
    case 'second-half':
      return { start: at(0.5), end: period.end };
    case 'first-week':
      return { start: period.start, end: addDays(period.start, Math.min(6, length - 1)) };
    case 'last-week':
      return { start: addDays(period.end, -Math.min(6, length - 1)), end: period.end };
    // "earlier this month": from the start up to the day before the reference, when it falls inside.
    case 'earlier':
      return compareYmd(ref, period.start) > 0 && compareYmd(ref, period.end) <= 0
        ? { start: period.start, end: addDays(ref, -1) }
        : period;
    case 'later':
      return compareYmd(ref, period.start) >= 0 && compareYmd(ref, period.end) < 0
        ? { start: addDays(ref, 1), end: period.end }
        : period;
  }
}

export type Direction = 'last' | 'next' | 'this' | null;

/**
 * The year of a month named without one. "last March" is the one before the current month,
 * "next March" the one after; otherwise the tense decides, and with no tense the nearest one.
 */
export function yearForMonth(month: number, ref: Ymd, tense: Tense, direction: Direction): number {
  if (direction === 'this') return ref.y;
  if (direction === 'last') return month < ref.m ? ref.y : ref.y - 1;
  if (direction === 'next') return month > ref.m ? ref.y : ref.y + 1;
  let y: number;
  if (tense === 'past') y = month <= ref.m ? ref.y : ref.y - 1;
  else if (tense === 'future') y = month >= ref.m ? ref.y : ref.y + 1;
  else {
    const diff = month - ref.m;
    y = diff > 6 ? ref.y - 1 : diff < -6 ? ref.y + 1 : ref.y;
  }
  // A future-tense clause may still name a month just gone ("less hawkish than in April"): a
  // bare month a year away is a misread tense when the same month passed weeks ago.
  const monthsAway = (y - ref.y) * 12 + (month - ref.m);
  if (monthsAway > 8 && monthsAway - 12 >= -2) return y - 1;
  return y;
}

// News style gives the year of a date only when it is not the current one, so a year-less date
// is near the publication day: a tense that puts it most of a year away, when it also falls
// within weeks of publication the other way, was misread ("consultations that end on Sept. 6").
const FAR_DAYS = 300;
const NEAR_DAYS = 75;

/** The year of a month and day named without one ("Jan. 11"), by tense, else the nearest. */
export function yearForMonthDay(month: number, day: number, ref: Ymd, tense: Tense): number {
  const candidates = [ref.y - 1, ref.y, ref.y + 1].map((y) => ({ y, at: { y, m: month, d: day } }));
  const distance = (c: { at: Ymd }): number => Math.abs(daysBetween(ref, c.at));
  let nearest = candidates[0]!;
  for (const c of candidates) if (distance(c) < distance(nearest)) nearest = c;
  let chosen = nearest;
  // A day after publication in a past-tense clause is last year's, but allow one day for time zones.
  if (tense === 'past') {
    const past = candidates.filter((c) => daysBetween(c.at, ref) >= -1);
    chosen = past[past.length - 1]!;
  } else if (tense === 'future') {
    chosen = candidates.find((c) => daysBetween(ref, c.at) >= 0)!;
  }
  if (distance(chosen) > FAR_DAYS && distance(nearest) <= NEAR_DAYS) return nearest.y;
  return chosen.y;
}

/**
 * The day of a weekday named on its own. News uses weekday names for the seven days around
 * publication: "aired Tuesday" is the last Tuesday (publication day included), "will meet
 * Tuesday" the next one; "last Tuesday" is strictly before, "next Tuesday" strictly after.
 * Without a tense the past is the safer reading: news mostly reports what happened.
 */
export function dayForWeekday(weekday: number, ref: Ymd, tense: Tense, direction: Direction): Ymd {
  const today = weekdayOf(ref);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  if (direction === 'last') return addDays(ref, -(back === 0 ? 7 : back));
  if (direction === 'next') return addDays(ref, ahead === 0 ? 7 : ahead);
  if (direction === 'this') {
    if (tense === 'past') return addDays(ref, -back);
    if (tense === 'future') return addDays(ref, ahead);
    return addDays(weekStart(ref), (weekday + 6) % 7);
  }
  return tense === 'future' ? addDays(ref, ahead) : addDays(ref, -back);
}
