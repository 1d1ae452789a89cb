// Dates: every date in the article placed on the calendar, relative to the publication date.
//
//   sentence ─▶ parsers (chrono, relative periods, parts of periods, seasons, years, decades,
//               quarters, anaphoric) ─▶ remove-overlaps ─▶ apply-to-next-date ─▶ merge-ranges
//            ─▶ resolve in text order (tense of the clause; the previous date as anchor)
//            ─▶ DateMention with value, precision, interval, clause
//
// Work is bounded for pages full of text: only sentences with a date-like word are parsed, in
// windows of a few sentences (see scan.ts), and parsing stops after a fixed number of characters.

import type { AnalysisContext } from '../context';
import { assignIds } from '../ids';
import type { DateMention, Span } from '../types';
import { formatYmd, ymdOf, type Ymd } from './calendar';
import type { DateCandidate, DateParser, Resolution, Tense } from './candidate';
import { clauseAround } from './clause';
import { pageIsDayFirst } from './numeric-order';
import { readingWindows } from './scan';
import { sentenceAt } from '../text/sentences';
import { anaphoricParser } from './parsers/anaphoric';
import { chronoParser } from './parsers/chrono-parser';
import { decadeParser } from './parsers/decade';
import { holidayParser } from './parsers/holiday';
import { monthRangeParser } from './parsers/month-range';
import { partOfPeriodParser } from './parsers/part-of-period';
import { quarterParser } from './parsers/quarter';
import { relativePeriodParser } from './parsers/relative-period';
import { seasonParser } from './parsers/season';
import { weekdayOfWeekParser } from './parsers/weekday-of-week';
import { weekOfParser } from './parsers/week-of';
import { yearParser } from './parsers/year';
import { mergeRanges } from './refiners/merge-ranges';
import { applyToNextDate } from './refiners/apply-to-next-date';
import { removeOverlaps } from './refiners/remove-overlaps';
import { tenseAt } from './tense';
import { valueOf } from './value';

const PARSERS: readonly DateParser[] = [
  chronoParser, relativePeriodParser, partOfPeriodParser, seasonParser, yearParser, decadeParser, quarterParser,
  weekdayOfWeekParser, weekOfParser, monthRangeParser, holidayParser, anaphoricParser,
];
const CHEAP_PARSERS: readonly DateParser[] = PARSERS.filter((parser) => parser !== chronoParser);

// Bounds for a page far longer than any article. chrono costs 10–60 µs a character (most on a
// page of figures), so it reads the first 60,000 characters of date-bearing sentences, a long
// read's worth; the regex parsers, a hundred times cheaper, read on to 200,000.
const MAX_CHARS = 200_000;
const MAX_CHRONO_CHARS = 60_000;
// More dates than any article holds: a page past this is a list or a table.
const MAX_MENTIONS = 1_000;

/** Every date in the analysed text, resolved against the reference date, in text order. */
export function extractDates(ctx: AnalysisContext): DateMention[] {
  const published = publishedDay(ctx);
  const mentions = extractAgainst(ctx, ymdOf(ctx.referenceDate), published);
  if (published) return mentions;
  // No publication date in the metadata: the date printed at the top of the article is the
  // best reference for "Tuesday" and "last week" (today's date is not).
  const printed = printedDate(ctx, mentions);
  if (!printed || formatYmd(printed, 'day') === formatYmd(ymdOf(ctx.referenceDate), 'day')) return mentions;
  ctx.warnings.push(`dates: no publication date; relative dates read against the printed date ${formatYmd(printed, 'day')}`);
  return extractAgainst(ctx, printed, printed);
}

function extractAgainst(ctx: AnalysisContext, ref: Ymd, published: Ymd | null): DateMention[] {
  const mentions: DateMention[] = [];
  let budget = MAX_CHARS;
  let chronoBudget = MAX_CHRONO_CHARS;
  let anchor: Resolution | null = null;
  const memory = new Map<string, Ymd>();
  const dayFirst = pageIsDayFirst(ctx.text, published, ctx.dayFirst);
  const reference = new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12));
  for (const window of readingWindows(ctx)) {
    budget -= window.end - window.start;
    if (budget < 0 || mentions.length >= MAX_MENTIONS) {
      ctx.warnings.push('dates: page too long, later dates not read');
      break;
    }
    const input = { text: ctx.text.slice(window.start, window.end), offset: window.start, dayFirst, reference };
    chronoBudget -= window.end - window.start;
    const parsers = chronoBudget >= 0 ? PARSERS : CHEAP_PARSERS;
    let candidates: DateCandidate[] = parsers.flatMap((parser) => parser.parse(input));
    candidates = mergeRanges(applyToNextDate(removeOverlaps(candidates), ctx.text), ctx.text);
    for (const candidate of candidates) {
      const span = sentenceAt(ctx.sentences, candidate.start) ?? window;
      const sentence = ctx.text.slice(span.start, Math.max(span.end, candidate.end));
      const resolution = resolveCandidate(candidate, sentence, span, ref, anchor, memory);
      if (!resolution) continue;
      anchor = resolution;
      mentions.push(toMention(candidate, resolution, sentence, span));
      if (mentions.length >= MAX_MENTIONS) break;
    }
  }
  return assignIds(mentions, 'd');
}

// Where a printed publication date stands: the byline or dateline, or the first few blocks.
const PRINTED_KINDS = new Set(['byline', 'dateline']);
const FIRST_BLOCKS = 6;

/** A full date written out (not relative) near the top of the article. */
function printedDate(ctx: AnalysisContext, mentions: readonly DateMention[]): Ymd | null {
  const top = ctx.blocks[Math.min(FIRST_BLOCKS, ctx.blocks.length) - 1]?.end ?? 0;
  for (const mention of mentions) {
    if (mention.relative || mention.precision !== 'day' || mention.interval) continue;
    const block = ctx.blocks.find((b) => mention.start >= b.start && mention.start < b.end);
    if (mention.start >= top && !(block && PRINTED_KINDS.has(block.kind))) continue;
    const [y, m, d] = mention.value.split('-').map(Number);
    return { y: y!, m: m!, d: d! };
  }
  return null;
}

function resolveCandidate(
  candidate: DateCandidate, sentence: string, span: Span, ref: Ymd, anchor: Resolution | null, memory: Map<string, Ymd>,
): Resolution | null {
  let tense: Tense | null = null;
  return candidate.resolve({
    ref,
    anchor,
    memory,
    tense: () => (tense ??= tenseAt(sentence, candidate.start - span.start, candidate.end - span.start)),
  });
}

function toMention(candidate: DateCandidate, resolution: Resolution, sentence: string, span: Span): DateMention {
  const valued = valueOf(resolution);
  const mention: DateMention = {
    id: '',
    start: candidate.start,
    end: candidate.end,
    text: candidate.text,
    value: valued.value,
    precision: valued.precision,
    relative: resolution.relative,
    clause: clauseAround(sentence, candidate.start - span.start, candidate.end - span.start),
    provenance: { extractor: candidate.extractor, confidence: resolution.vague ? Math.min(candidate.confidence, 0.5) : candidate.confidence },
  };
  if (valued.interval) mention.interval = valued.interval;
  if (resolution.vague) mention.vague = true;
  return mention;
}

function publishedDay(ctx: AnalysisContext): Ymd | null {
  const day = ctx.meta.published?.slice(0, 10);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? ymdOf(new Date(`${day}T12:00:00Z`)) : null;
}

