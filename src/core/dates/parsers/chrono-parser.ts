// chrono-node as the base parser: written-out and numeric calendar dates ("January 11, 2025",
// "Jan. 11", "11 January 2025", "2025-01-11", "1/11/2025"), weekdays and "today/yesterday".
// Its relative expressions ("next year", "for three years") are left to our own parsers, which
// read periods and durations the way the annotation guidelines do.

import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { isValidDay, type Ymd } from '../calendar';
import type { DateCandidate, DateParser, ParseInput, Resolution, ResolveEnv } from '../candidate';
import { dayForWeekday, yearForMonth, yearForMonthDay, type Direction } from '../periods';

const NAME = 'dates/chrono';


const RELATIVE_WORDS = /\b(?:week|weekend|month|year|quarter|decade|now|ago|later|earlier|before|after)s?\b/i;
// A month alone must be written as one: capitalised ("the march" is not March) or a name no
// other word shares; an abbreviation needs its full stop or a preposition before it ("in Jan").
const FULL_MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|january|february|september|october|november|december)(?!\w)/;
const ABBREVIATED_MONTH = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;
const FULL_WEEKDAY = /\b(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)s?\b/i;
// chrono's casual references that name a day; "at night" alone is a time of day.
const CASUAL_DAY = /\b(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)\b/i;
const LEADING_PREPOSITION = /^(?:on|at|in|by|since|from|of|the)\s+/i;
const TRAILING_PUNCTUATION = /[\s,;:]+$/;
const DIRECTION = /\b(last|next|this|coming|past)\s+\S+$/i;
// "May" alone is usually the verb; as a month it follows a preposition or a direction word.
const MAY_CONTEXT = /\b(?:in|since|by|until|till|through|from|last|next|this|early|mid|late|of|between|and|to|during|before|after|until)[\s-]+$/i;
const SLASH_CONTEXT = /\b(?:on|since|by|until|from|through|dated|as of)\s+$/i;

export const chronoParser: DateParser = {
  name: NAME,
  parse(input: ParseInput): DateCandidate[] {
    const engine = input.dayFirst ? chrono.en.GB : chrono.en.casual;
    const candidates: DateCandidate[] = [];
    for (const result of engine.parse(input.text, { instant: input.reference, timezone: 0 })) {
      const candidate = toCandidate(result, input);
      if (candidate) candidates.push(candidate);
      else candidates.push(...innerDate(result, input));
    }
    return candidates;
  },
};

// chrono reads "two days after next Friday" as one relative date, which we leave to our own
// parsers; the date it counts from is read again on its own, so that they can join it.
const COUNTED_FROM = /\b(?:after|before|from)\s+/i;

function innerDate(result: ParsedResult, input: ParseInput): DateCandidate[] {
  if (!result.tags().has('result/relativeDate')) return [];
  const match = COUNTED_FROM.exec(result.text);
  if (!match) return [];
  const from = result.index + match.index + match[0].length;
  const inner = { ...input, text: input.text.slice(from, result.index + result.text.length), offset: input.offset + from };
  if (!inner.text.trim()) return [];
  return chronoParser.parse(inner);
}

function toCandidate(result: ParsedResult, input: ParseInput): DateCandidate | null {
  const tags = result.tags();
  if (tags.has('result/relativeDate') || tags.has('casualReference/now')) return null;
  let index = result.index;
  let text = result.text;
  const lead = LEADING_PREPOSITION.exec(text);
  if (lead) {
    index += lead[0].length;
    text = text.slice(lead[0].length);
  }
  text = text.replace(TRAILING_PUNCTUATION, '');
  const before = input.text.slice(Math.max(0, index - 24), index);
  const start = result.start;
  const hasDay = start.isCertain('day') && start.isCertain('month');
  const hasMonth = start.isCertain('month');
  if (!hasMonth && RELATIVE_WORDS.test(text)) return null;
  if (!hasDay && !start.isCertain('year')) {
    if (hasMonth && !FULL_MONTH.test(text) && !(ABBREVIATED_MONTH.test(text) && MAY_CONTEXT.test(before))) return null;
    if (hasMonth && /^May\b/.test(text) && !MAY_CONTEXT.test(before)) return null;
    if (!hasMonth && start.isCertain('weekday') && !FULL_WEEKDAY.test(text)) return null;
  }
  if (tags.has('parser/SlashDateFormatParser') && !start.isCertain('year') && !SLASH_CONTEXT.test(before)) return null;

  const direction = directionOf(input.text.slice(Math.max(0, index - 12), index + text.length));
  const relative = !/\d/.test(text);
  const resolveStart = componentResolver(start, tags, direction, relative, text);
  if (!resolveStart) return null;
  const end = result.end;
  const resolveEnd = end ? componentResolver(end, end.tags(), direction, relative, text) : null;
  return {
    start: input.offset + index,
    end: input.offset + index + text.length,
    text,
    extractor: NAME,
    confidence: start.isCertain('year') ? 0.95 : 0.85,
    rangeable: !end,
    resolve(env: ResolveEnv): Resolution | null {
      const first = resolveStart(env);
      if (!first) return null;
      if (!resolveEnd) return first;
      const last = resolveEnd(env);
      if (!last) return first;
      // "Aug 10 - Nov 12, 2013": the year written at the end is the start's too.
      let from = first;
      if (first.yearImplied && last.explicitYear) {
        const y = first.start.m > last.start.m || (first.start.m === last.start.m && first.start.d > last.start.d) ? last.start.y - 1 : last.start.y;
        from = { ...first, start: { ...first.start, y }, end: { ...first.end, y }, explicitYear: true, relative: last.relative };
      }
      return { ...from, end: last.end, interval: true };
    },
  };
}

type ComponentResolver = (env: ResolveEnv) => Resolution | null;

function componentResolver(
  c: ParsedComponents, tags: Set<string>, direction: Direction, relative: boolean, text: string,
): ComponentResolver | null {
  const month = c.get('month');
  const day = c.get('day');
  const year = c.get('year');
  if (c.isCertain('month') && c.isCertain('day') && month !== null && day !== null) {
    if (c.isCertain('year') && year !== null) {
      if (!isValidDay(year, month, day)) return null;
      return () => ({ start: { y: year, m: month, d: day }, end: { y: year, m: month, d: day }, precision: 'day', relative, explicitYear: !relative });
    }
    return (env) => {
      const y = yearForMonthDay(month, day, env.ref, env.tense());
      if (!isValidDay(y, month, day)) return null;
      const at: Ymd = { y, m: month, d: day };
      return { start: at, end: at, precision: 'day', relative: true, yearImplied: true };
    };
  }
  if (c.isCertain('month') && month !== null) {
    if (c.isCertain('year') && year !== null) {
      return () => ({ start: { y: year, m: month, d: 1 }, end: { y: year, m: month, d: 1 }, precision: 'month', relative, explicitYear: !relative });
    }
    return (env) => {
      const y = yearForMonth(month, env.ref, env.tense(), direction);
      return { start: { y, m: month, d: 1 }, end: { y, m: month, d: 1 }, precision: 'month', relative: true, yearImplied: true };
    };
  }
  const weekday = c.get('weekday');
  if (c.isCertain('weekday') && weekday !== null) {
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
  const casual = [...tags].find((tag) => tag.startsWith('casualReference/'));
  if (casual && CASUAL_DAY.test(text)) {
    const offset = casual.endsWith('/yesterday') || casual.endsWith('/lastNight') ? -1 : casual.endsWith('/tomorrow') ? 1 : 0;
    return (env) => {
      const at = shiftDay(env.ref, offset);
      return { start: at, end: at, precision: 'day', relative: true };
    };
  }
  return null;
}

function shiftDay(day: Ymd, offset: number): Ymd {
  const date = new Date(Date.UTC(day.y, day.m - 1, day.d + offset));
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function directionOf(text: string): Direction {
  const match = DIRECTION.exec(text.trim());
  if (!match) return null;
  const word = match[1]!.toLowerCase();
  if (word === 'last' || word === 'past') return 'last';
  if (word === 'next' || word === 'coming') return 'next';
  return 'this';
}
