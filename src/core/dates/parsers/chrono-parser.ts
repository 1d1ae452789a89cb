// chrono-node as the base parser: written-out and numeric calendar dates ("January 11, 2025",
// "Jan. 11", "11 January 2025", "2025-01-11", "1/11/2025"), weekdays and "today/yesterday".
// Its relative expressions ("next year", "for three years") are left to our own parsers, which
// read periods and durations the way the annotation guidelines do. Which of its readings are
// dates is decided in chrono-span; how each resolves, in chrono-components.

import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import type { DateCandidate, DateParser, ParseInput, Resolution, ResolveEnv } from '../candidate';
import { componentResolver, directionOf } from './chrono-components';
import { continuesGenericList, dateSpan } from './chrono-span';
import { valueOf } from '../value';

const NAME = 'dates/chrono';

// chrono is the costly parser: it only reads text with a month, a weekday, a day word or a
// numeric date in it (years alone are the year parser's).
const CHRONO_TRIGGER =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|morning|afternoon|evening|night)|\d{1,4}[/.-]\d{1,2}/i;

export const chronoParser: DateParser = {
  name: NAME,
  parse(input: ParseInput): DateCandidate[] {
    if (!CHRONO_TRIGGER.test(input.text)) return [];
    const engine = input.dayFirst ? chrono.en.GB : chrono.en.casual;
    const masked = maskCounts(input.text);
    const candidates: DateCandidate[] = [];
    let genericEnd = -1;
    for (const result of engine.parse(masked, { instant: input.reference, timezone: 0 })) {
      const span = dateSpan(result, input.text);
      if (span === 'generic' || (genericEnd >= 0 && isWeekdayOnly(result) && continuesGenericList(input.text, genericEnd, result.index))) {
        genericEnd = result.index + result.text.length;
        continue;
      }
      genericEnd = -1;
      const candidate = span ? toCandidate(result, span.index, span.text, input) : null;
      if (candidate) candidates.push(candidate);
      else candidates.push(...innerDate(result, input));
    }
    return candidates;
  },
};

// Numbers no date is written with ("1,234", "3.5", "12%"), blanked out at the same length so
// that offsets hold: chrono tries each number as a time of day, which is most of its cost on a
// page full of figures.
const COUNT = /(?<![\d.,/:-])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+(?![.\d])|\d+(?:\.\d+)?\s?%)/g;

function maskCounts(text: string): string {
  return text.replace(COUNT, (match) => ' '.repeat(match.length));
}

function isWeekdayOnly(result: ParsedResult): boolean {
  return result.start.isCertain('weekday') && !result.start.isCertain('day');
}

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

function toCandidate(result: ParsedResult, index: number, text: string, input: ParseInput): DateCandidate | null {
  const tags = result.tags();
  if (tags.has('result/relativeDate') || tags.has('casualReference/now')) return null;
  const direction = directionOf(input.text.slice(Math.max(0, index - 12), index + text.length));
  const relative = !/\d/.test(text);
  const slash = tags.has('parser/SlashDateFormatParser');
  const resolveStart = componentResolver(result.start, { tags, direction, relative, text, slash });
  if (!resolveStart) return null;
  const end = result.end;
  const resolveEnd = end ? componentResolver(end, { tags: end.tags(), direction, relative, text, slash }) : null;
  return {
    start: input.offset + index,
    end: input.offset + index + text.length,
    text,
    extractor: NAME,
    confidence: result.start.isCertain('year') ? 0.95 : 0.85,
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
        const later = first.start.m > last.start.m || (first.start.m === last.start.m && first.start.d > last.start.d);
        const y = later ? last.start.y - 1 : last.start.y;
        from = { ...first, start: { ...first.start, y }, end: { ...first.end, y }, explicitYear: true, relative: last.relative };
      }
      const intervalValues = { start: valueOf(from).value, end: valueOf(last).value };
      return { ...from, end: last.end, interval: true, intervalValues };
    },
  };
}
