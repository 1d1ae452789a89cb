// How a chrono reading resolves against the publication date. A year-less month or day takes
// its year from the clause's tense ("was signed Jan. 11"), or from the same month named earlier
// with its year; "that September" takes the year of the date before it; a weekday, the tense or
// how the same weekday was read before; "today" and "yesterday" count from the publication day.

import type { ParsedComponents } from 'chrono-node';
import { addDays, formatYmd, isValidDay, type Ymd } from '../calendar';
import type { Resolution, ResolveEnv } from '../candidate';
import { dayForWeekday, yearForMonth, yearForMonthDay, type Direction } from '../periods';

// chrono's casual references that name a day; "at night" alone is a time of day.
const CASUAL_DAY = /\b(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)\b/i;
const DIRECTION = /\b(last|next|this|coming|past|that)\s+\S+$/i;

export type ComponentResolver = (env: ResolveEnv) => Resolution | null;
export type ChronoDirection = Direction | 'that';

export interface ComponentContext {
  tags: Set<string>;
  direction: ChronoDirection;
  /** No digits: resolved against the publication date. */
  relative: boolean;
  text: string;
  /** A numeric date such as 06/01/2026, whose order may be the other one. */
  slash: boolean;
}

export function directionOf(text: string): ChronoDirection {
  const match = DIRECTION.exec(text.trim());
  if (!match) return null;
  const word = match[1]!.toLowerCase();
  if (word === 'last' || word === 'past') return 'last';
  if (word === 'next' || word === 'coming') return 'next';
  return word === 'that' ? 'that' : 'this';
}

export function componentResolver(c: ParsedComponents, context: ComponentContext): ComponentResolver | null {
  const month = c.get('month');
  const day = c.get('day');
  const year = c.get('year');
  const { direction, relative } = context;
  if (c.isCertain('month') && c.isCertain('day') && month !== null && day !== null) {
    if (c.isCertain('year') && year !== null) {
      if (!isValidDay(year, month, day)) return null;
      return (env) => {
        let at: Ymd = { y: year, m: month, d: day };
        // 06/01/2026 on a page published 6 January 2026 is that day, whatever the page's order.
        if (context.slash && day <= 12 && month <= 12 && day !== month) {
          const swapped: Ymd = { y: year, m: day, d: month };
          if (formatYmd(swapped, 'day') === formatYmd(env.ref, 'day')) at = swapped;
        }
        remember(env, at);
        return { start: at, end: at, precision: 'day', relative, explicitYear: !relative };
      };
    }
    return (env) => {
      const y = env.memory.get(`month:${month}`)?.y ?? yearForMonthDay(month, day, env.ref, env.tense());
      if (!isValidDay(y, month, day)) return null;
      const at: Ymd = { y, m: month, d: day };
      return { start: at, end: at, precision: 'day', relative: true, yearImplied: true };
    };
  }
  if (c.isCertain('month') && month !== null) {
    if (c.isCertain('year') && year !== null) {
      return (env) => {
        const at: Ymd = { y: year, m: month, d: 1 };
        remember(env, at);
        return { start: at, end: at, precision: 'month', relative, explicitYear: !relative };
      };
    }
    return (env) => {
      let y: number;
      if (direction === 'that') {
        if (!env.anchor || env.anchor.vague) return null;
        y = env.anchor.start.y;
      } else {
        y = env.memory.get(`month:${month}`)?.y ?? yearForMonth(month, env.ref, env.tense(), direction);
      }
      const at: Ymd = { y, m: month, d: 1 };
      if (direction === 'this' || direction === 'that') env.memory.set(`month:${month}`, at);
      return { start: at, end: at, precision: 'month', relative: true, yearImplied: true };
    };
  }
  const weekday = c.get('weekday');
  if (c.isCertain('weekday') && weekday !== null) {
    if (direction === 'that') return null;
    return (env) => {
      const key = `weekday:${weekday}`;
      const tense = env.tense();
      const remembered = direction === null && tense === 'neutral' ? env.memory.get(key) : undefined;
      const at = remembered ?? dayForWeekday(weekday, env.ref, tense, direction);
      if (direction === null) env.memory.set(key, at);
      return { start: at, end: at, precision: 'day', relative: true };
    };
  }
  // today, tonight, yesterday, tomorrow, this morning: chrono counted from its reference; we
  // count the same offset from ours.
  const casual = [...context.tags].find((tag) => tag.startsWith('casualReference/'));
  if (casual && CASUAL_DAY.test(context.text)) {
    const offset = casual.endsWith('/yesterday') || casual.endsWith('/lastNight') ? -1 : casual.endsWith('/tomorrow') ? 1 : 0;
    return (env) => {
      const at = addDays(env.ref, offset);
      return { start: at, end: at, precision: 'day', relative: true };
    };
  }
  return null;
}

/**
 * "December 2025 … on December 4": a later year-less mention of the month keeps the year. Only
 * for years around publication: a history paragraph ("in October 2011") must not pull today's
 * "Oct. 7" back with it.
 */
function remember(env: ResolveEnv, at: Ymd): void {
  if (Math.abs(at.y - env.ref.y) <= 1) env.memory.set(`month:${at.m}`, at);
}
