import { describe, expect, it } from 'vitest';
import { commonPrecision, formatYmd, weekdayOf } from '../../../src/core/dates/calendar';
import { dayForWeekday, yearForMonth, yearForMonthDay } from '../../../src/core/dates/periods';
import { tenseAt } from '../../../src/core/dates/tense';

const REF = { y: 2025, m: 2, d: 6 }; // a Thursday

function tense(sentence: string, date: string): string {
  const start = sentence.indexOf(date);
  return tenseAt(sentence, start, start + date.length);
}

describe('tense of the clause', () => {
  it('takes the nearest cue before the date', () => {
    expect(tense('A podcast that aired Tuesday said so.', 'Tuesday')).toBe('past');
    expect(tense('Jones said the group will meet Tuesday.', 'Tuesday')).toBe('future');
    expect(tense('Jones said Tuesday that the group will meet.', 'Tuesday')).toBe('past');
  });

  it('falls back to the nearest cue after the date', () => {
    expect(tense('On Tuesday, the council will vote.', 'Tuesday')).toBe('future');
    expect(tense('On Tuesday, the council voted.', 'Tuesday')).toBe('past');
  });

  it('reads modals, forecasts and modal perfects', () => {
    expect(tense('Storms may reach the coast Saturday.', 'Saturday')).toBe('future');
    expect(tense('More storms are expected Sunday.', 'Sunday')).toBe('future');
    expect(tense('The suspect may have fled Saturday.', 'Saturday')).toBe('past');
    expect(tense('Storms will hit on Saturday.', 'Saturday')).toBe('future');
  });

  it('ignores adjectives and passives that end in -ed', () => {
    expect(tense('A star-studded gala is on December 4.', 'December 4')).toBe('neutral');
    expect(tense('Cities that could be affected Saturday include Dallas.', 'Saturday')).toBe('future');
  });

  it('is neutral without cues', () => {
    expect(tense('Tuesday: a day of talks.', 'Tuesday')).toBe('neutral');
  });
});

describe('calendar', () => {
  it('reads an interval at the finest unit it fits in', () => {
    expect(commonPrecision({ y: 2025, m: 2, d: 3 }, { y: 2025, m: 2, d: 5 })).toEqual({ day: { y: 2025, m: 2, d: 3 }, precision: 'month' });
    expect(commonPrecision({ y: 2025, m: 1, d: 27 }, { y: 2025, m: 2, d: 2 }).precision).toBe('year');
    expect(commonPrecision({ y: 2024, m: 12, d: 30 }, { y: 2025, m: 1, d: 5 }).day.y).toBe(2025);
  });

  it('formats values at each precision', () => {
    const day = { y: 2024, m: 8, d: 9 };
    expect([formatYmd(day, 'year'), formatYmd(day, 'quarter'), formatYmd(day, 'month'), formatYmd(day, 'day')]).toEqual([
      '2024', '2024-Q3', '2024-08', '2024-08-09',
    ]);
  });

  it('knows the weekday', () => {
    expect(weekdayOf(REF)).toBe(4);
  });
});

describe('choosing the occurrence', () => {
  it('picks a weekday by tense and direction', () => {
    expect(formatYmd(dayForWeekday(2, REF, 'past', null), 'day')).toBe('2025-02-04');
    expect(formatYmd(dayForWeekday(2, REF, 'future', null), 'day')).toBe('2025-02-11');
    expect(formatYmd(dayForWeekday(4, REF, 'past', null), 'day')).toBe('2025-02-06');
    expect(formatYmd(dayForWeekday(4, REF, 'neutral', 'last'), 'day')).toBe('2025-01-30');
    expect(formatYmd(dayForWeekday(4, REF, 'neutral', 'next'), 'day')).toBe('2025-02-13');
  });

  it('picks the year of a month by tense, else the nearest', () => {
    expect(yearForMonth(3, REF, 'past', null)).toBe(2024);
    expect(yearForMonth(3, REF, 'future', null)).toBe(2025);
    expect(yearForMonth(11, REF, 'neutral', null)).toBe(2024);
    expect(yearForMonth(3, REF, 'neutral', 'last')).toBe(2024);
  });

  it('picks the year of a month and day by tense, else the nearest', () => {
    expect(yearForMonthDay(2, 7, REF, 'past')).toBe(2025); // one day of slack for time zones
    expect(yearForMonthDay(4, 20, REF, 'past')).toBe(2024);
    expect(yearForMonthDay(11, 20, { y: 2025, m: 12, d: 20 }, 'future')).toBe(2025); // a misread tense: a month ago, not in eleven
    expect(yearForMonthDay(3, 11, REF, 'future')).toBe(2025);
    expect(yearForMonthDay(1, 11, REF, 'future')).toBe(2025); // eleven months ahead, or four weeks ago: the tense was misread
    expect(yearForMonthDay(12, 30, REF, 'neutral')).toBe(2024);
  });
});
