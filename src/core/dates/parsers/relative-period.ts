// Periods named relative to the publication date: "last week", "earlier this month", "next
// year", "this past weekend", "two years ago", "in recent weeks" (vague). Durations ("the past
// year", "for three years") are not matched: "past" only counts in "this past week".

import type { DateCandidate, DateParser, ParseInput, Resolution, ResolveEnv } from '../candidate';
import { partOf, periodOf, shift, type Period } from '../periods';
import { COUNT_PATTERN, countNumber, unitOf, type Unit } from '../vocabulary';
import type { DatePrecision } from '../../types';

const NAME = 'dates/relative-period';

const NAMED = /\b(?:(earlier|later)\s+)?(this\s+past|this|last|next)\s+(?:(?:fiscal|calendar)\s+)?(week|weekend|month|year|quarter)\b/gi;
// For quarters "the last quarter" is the previous one ("profit fell in the last quarter").
const THE_QUARTER = /\bthe\s+(last|past|previous|latest|next|coming|current)\s+quarter\b/gi;
// "by year-end": the end of the current year.
const YEAR_END = /\b(?:by|at|before|until|through|toward|towards)\s+(year[-\s]end)\b/gi;
const IN_THE = /\b(earlier|later)\s+in\s+the\s+(week|month|year)\b/gi;
const AROUND_TODAY = /\bthe\s+day\s+(before\s+yesterday|after\s+tomorrow)\b/gi;
const AGO = new RegExp(`\\b(${COUNT_PATTERN}|a\\s+few|a\\s+couple\\s+of|several)\\s+(day|week|month|year|decade)s?\\s+(ago|from\\s+now)\\b`, 'gi');
const RECENT = /\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past\s+(?:few|several|couple\s+of)|last\s+(?:few|several|couple\s+of))\s+(days|weeks|months)\b/gi;
const WEEKEND = /\b(?:over|during|on|at)\s+the\s+weekend\b/gi;
// "the last year" and "the next month" are durations ("in the last year"), not dates.
const THE_BEFORE = /\bthe\s*$/i;

export const relativePeriodParser: DateParser = {
  name: NAME,
  parse(input: ParseInput): DateCandidate[] {
    const out: DateCandidate[] = [];
    const { text } = input;
    for (const match of text.matchAll(NAMED)) {
      if (THE_BEFORE.test(text.slice(Math.max(0, match.index - 6), match.index))) continue;
      const part = match[1]?.toLowerCase() as 'earlier' | 'later' | undefined;
      const which = match[2]!.toLowerCase().replace(/\s+/g, ' ');
      const unit = unitOf(match[3]!)!;
      out.push(candidate(input, match.index, match[0], 0.9, (env) => named(env, which, unit, part)));
    }
    for (const match of text.matchAll(THE_QUARTER)) {
      const word = match[1]!.toLowerCase();
      const which = word === 'next' || word === 'coming' ? 'next' : word === 'current' ? 'this' : 'last';
      out.push(candidate(input, match.index, match[0], 0.8, (env) => named(env, which, 'quarter', undefined)));
    }
    for (const match of text.matchAll(YEAR_END)) {
      const at = match.index + match[0].length - match[1]!.length;
      out.push(candidate(input, at, match[1]!, 0.8, (env) => ({
        ...partOf(periodOf('year', env.ref), 'end', env.ref), precision: 'year', interval: true, relative: true,
      })));
    }
    for (const match of text.matchAll(IN_THE)) {
      const part = match[1]!.toLowerCase() as 'earlier' | 'later';
      const unit = unitOf(match[2]!)!;
      out.push(candidate(input, match.index, match[0], 0.8, (env) => named(env, 'this', unit, part)));
    }
    for (const match of text.matchAll(AGO)) {
      const count = countNumber(match[1]!.replace(/\s+/g, ' '));
      const unit = unitOf(match[2]!)!;
      if (count === null) continue;
      const sign = match[3]!.toLowerCase() === 'ago' ? -1 : 1;
      const vague = /few|couple|several/i.test(match[1]!);
      out.push(candidate(input, match.index, match[0], vague ? 0.5 : 0.85, (env) => ago(env, unit, sign * count, vague)));
    }
    for (const match of text.matchAll(AROUND_TODAY)) {
      const offset = /^before/i.test(match[1]!) ? -2 : 2;
      out.push(candidate(input, match.index, match[0], 0.9, (env) => {
        const day = shift('day', env.ref, offset);
        return { start: day, end: day, precision: 'day', relative: true };
      }));
    }
    for (const match of text.matchAll(RECENT)) {
      const unit = unitOf(match[1]!)!;
      out.push(candidate(input, match.index, match[0], 0.5, (env) => recent(env, unit)));
    }
    for (const match of text.matchAll(WEEKEND)) {
      out.push(candidate(input, match.index, match[0], 0.7, (env) => weekend(env)));
    }
    return out;
  },
};

function candidate(
  input: ParseInput, index: number, text: string, confidence: number, resolve: (env: ResolveEnv) => Resolution | null,
): DateCandidate {
  return { start: input.offset + index, end: input.offset + index + text.length, text, extractor: NAME, confidence, resolve };
}

const UNIT_PRECISION: Partial<Record<Unit, DatePrecision>> = { month: 'month', quarter: 'quarter', year: 'year' };

function named(env: ResolveEnv, which: string, unit: Unit, part: 'earlier' | 'later' | undefined): Resolution {
  let period: Period;
  if (which === 'this past') {
    period = periodOf(unit, shift(unit, env.ref, unit === 'weekend' && isWeekend(env) ? 0 : -1));
  } else if (unit === 'weekend' && which === 'this') {
    // "this weekend" in a past-tense clause is the one just gone.
    const past = env.tense() === 'past' && !isWeekend(env);
    period = periodOf(unit, shift(unit, env.ref, past ? -1 : 0));
  } else {
    period = periodOf(unit, shift(unit, env.ref, which === 'last' ? -1 : which === 'next' ? 1 : 0));
  }
  if (part) period = partOf(period, part, env.ref);
  return { ...period, precision: UNIT_PRECISION[unit], interval: !UNIT_PRECISION[unit] || Boolean(part), relative: true };
}

function ago(env: ResolveEnv, unit: Unit, count: number, vague: boolean): Resolution {
  const at = shift(unit, env.ref, count);
  // "a few days ago": somewhere between two and five units back.
  if (vague) {
    const [from, to] = count < 0 ? [shift(unit, env.ref, -5), shift(unit, env.ref, -2)] : [shift(unit, env.ref, 2), shift(unit, env.ref, 5)];
    return { start: from, end: to, interval: true, relative: true, vague: true };
  }
  const precision: DatePrecision = unit === 'day' || unit === 'week' ? 'day' : unit === 'month' ? 'month' : unit === 'quarter' ? 'quarter' : 'year';
  return { start: at, end: at, precision, relative: true, vague: unit === 'decade' };
}

function recent(env: ResolveEnv, unit: Unit): Resolution {
  const span = unit === 'day' ? 7 : unit === 'week' ? 28 : 90;
  const start = shift('day', env.ref, -span);
  return { start, end: env.ref, interval: true, relative: true, vague: true };
}

function weekend(env: ResolveEnv): Resolution {
  const upcoming = env.tense() === 'future';
  const base = periodOf('weekend', env.ref);
  const period = upcoming || isWeekend(env) ? base : periodOf('weekend', shift('week', env.ref, -1));
  return { ...period, interval: true, relative: true };
}

function isWeekend(env: ResolveEnv): boolean {
  const day = new Date(Date.UTC(env.ref.y, env.ref.m - 1, env.ref.d)).getUTCDay();
  return day === 0 || day === 6;
}
