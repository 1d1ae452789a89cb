// A part of a period: "mid-January", "early 2024", "late last year", "the end of March",
// "the first half of 2025", "early Tuesday". The value keeps the precision of the period named
// ("mid-January" is `2025-01`); the interval says which part.

import type { DateCandidate, DateParser, ParseInput, Resolution, ResolveEnv } from '../candidate';
import { dayForWeekday, partOf, periodOf, shift, yearForMonth, type Part, type Period } from '../periods';
import { MONTH_PATTERN, WEEKDAY_PATTERN, monthNumber, weekdayNumber } from '../vocabulary';
import type { DatePrecision } from '../../types';

const NAME = 'dates/part-of-period';

const PART =
  '(early|mid|late|(?:the\\s+)?(?:start|beginning|end|middle|close)\\s+of|(?:the\\s+)?(?:first|second|latter)\\s+half\\s+of|(?:the\\s+)?(?:early|latter|later)\\s+part\\s+of|(?:the\\s+)?(?:first|last|final)\\s+week\\s+of)';
const TARGET =
  `(?:(this|last|next)\\s+(week|month|year)|(week|month|year)|(${MONTH_PATTERN})(?:,?\\s+(\\d{4}))?|(\\d{4})(?![\\d's\u2019])|(${WEEKDAY_PATTERN}))`;
const PATTERN = new RegExp(`\\b${PART}[\\s-]+(?:the\\s+)?${TARGET}(?![\\w-])`, 'gi');

export const partOfPeriodParser: DateParser = {
  name: NAME,
  parse(input: ParseInput): DateCandidate[] {
    const out: DateCandidate[] = [];
    for (const match of input.text.matchAll(PATTERN)) {
      const part = partName(match[1]!);
      if (!part) continue;
      const target = targetResolver(match);
      if (!target) continue;
      out.push({
        start: input.offset + match.index,
        end: input.offset + match.index + match[0].length,
        text: match[0],
        extractor: NAME,
        confidence: 0.85,
        resolve(env) {
          const whole = target(env);
          if (!whole) return null;
          return { ...whole, ...partOf(whole, part, env.ref), interval: true };
        },
      });
    }
    return out;
  },
};

function partName(words: string): Part | null {
  const w = words.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
  if (w === 'early' || w === 'early part of') return 'early';
  if (w === 'mid' || w === 'middle of') return 'mid';
  if (w === 'late' || w === 'latter part of' || w === 'later part of') return 'late';
  if (w === 'start of' || w === 'beginning of') return 'start';
  if (w === 'end of' || w === 'close of') return 'end';
  if (w === 'first half of') return 'first-half';
  if (w === 'second half of' || w === 'latter half of') return 'second-half';
  if (w === 'first week of') return 'first-week';
  if (w === 'last week of' || w === 'final week of') return 'last-week';
  return null;
}

type TargetResolver = (env: ResolveEnv) => (Period & Omit<Resolution, 'start' | 'end'>) | null;

function targetResolver(match: RegExpMatchArray): TargetResolver | null {
  const [, , which, relUnit, theUnit, monthWord, monthYear, year, weekdayWord] = match;
  if (which && relUnit) {
    const unit = relUnit.toLowerCase() as 'week' | 'month' | 'year';
    const offset = which.toLowerCase() === 'last' ? -1 : which.toLowerCase() === 'next' ? 1 : 0;
    return (env) => ({ ...periodOf(unit, shift(unit, env.ref, offset)), precision: precisionOf(unit), relative: true });
  }
  if (theUnit) {
    const unit = theUnit.toLowerCase() as 'week' | 'month' | 'year';
    return (env) => ({ ...periodOf(unit, env.ref), precision: precisionOf(unit), relative: true });
  }
  if (monthWord) {
    const month = monthNumber(monthWord);
    if (!month) return null;
    if (monthYear) {
      const y = Number(monthYear);
      return () => ({ ...periodOf('month', { y, m: month, d: 1 }), precision: 'month', relative: false, explicitYear: true });
    }
    return (env) => {
      const y = yearForMonth(month, env.ref, env.tense(), null);
      return { ...periodOf('month', { y, m: month, d: 1 }), precision: 'month', relative: true, yearImplied: true };
    };
  }
  if (year) {
    const y = Number(year);
    if (y < 1000 || y > 2199) return null;
    return () => ({ ...periodOf('year', { y, m: 1, d: 1 }), precision: 'year', relative: false, explicitYear: true });
  }
  if (weekdayWord) {
    const weekday = weekdayNumber(weekdayWord);
    if (weekday === null) return null;
    return (env) => {
      // "late Wednesday" after "Wednesday": the same day, unless the clause's tense says otherwise.
      const tense = env.tense();
      const day = (tense === 'neutral' ? env.memory.get(`weekday:${weekday}`) : undefined) ?? dayForWeekday(weekday, env.ref, tense, null);
      env.memory.set(`weekday:${weekday}`, day);
      return { start: day, end: day, precision: 'day', relative: true };
    };
  }
  return null;
}

function precisionOf(unit: 'week' | 'month' | 'year'): DatePrecision | undefined {
  return unit === 'week' ? undefined : unit;
}
