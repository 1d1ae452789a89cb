// The shapes the date pipeline passes between its parsers and refiners.
//
//   sentence ──parsers──▶ DateCandidate[] (span + how to resolve it)
//            ──refiners─▶ overlaps dropped, ranges merged, not-dates removed
//            ──resolve──▶ Resolution (calendar interval + precision), with tense and anchor known
//
// Parsers do not resolve on the spot: "Tuesday" needs the tense of its clause, "the next day" the
// date before it. They hand back a `resolve` function that the resolving step calls with that
// environment.

import type { Ymd } from './calendar';
import type { DatePrecision } from '../types';

export type Tense = 'past' | 'future' | 'neutral';

export interface Resolution {
  start: Ymd;
  end: Ymd;
  /** The precision the text gives; absent: the finest unit the interval fits in. */
  precision?: DatePrecision;
  /** Report `{start, end}` as an interval (a range, a part of a month, a week). */
  interval?: boolean;
  /** Resolved against the reference date or an earlier date in the text. */
  relative: boolean;
  vague?: boolean;
  /** The interval's ends as written, when they are not days ("2019/2021", "2025-03/2025-05"). */
  intervalValues?: { start: string; end: string };
  /** A value ISO dates cannot spell, e.g. a decade `199`. */
  value?: string;
  /** The year was written out, so a range's end must not be moved to another year. */
  explicitYear?: boolean;
  /** The year was not written but chosen by tense: a year written at a range's other end wins. */
  yearImplied?: boolean;
}

export interface ResolveEnv {
  /** The publication day. */
  ref: Ymd;
  /** The tense of the clause the date stands in, computed on demand. */
  tense: () => Tense;
  /** The last date resolved before this one in the text, for "the next day", "that year". */
  anchor: Resolution | null;
  /**
   * What a name resolved to earlier in the article ("weekday:6" → the Saturday it meant), so that
   * a later mention without a tense of its own reads the same way.
   */
  memory: Map<string, Ymd>;
}

export interface DateCandidate {
  /** Offsets into `ctx.text`. */
  start: number;
  end: number;
  text: string;
  /** The parser or refiner that produced it, e.g. `dates/part-of-period`. */
  extractor: string;
  confidence: number;
  resolve: (env: ResolveEnv) => Resolution | null;
  /** Resolves against the previous date in the text rather than the publication date. */
  anaphoric?: boolean;
  /**
   * "two days after", "the week of": applies to the date right after it, when there is one
   * ("two days after March 3"), and names the result's extractor.
   */
  applyToNext?: { name: string; apply: (base: Resolution) => Resolution | null };
  /** False when the candidate only makes sense joined to what follows it. */
  standalone?: boolean;
  /** Can be one end of a range ("March" in "between March and May"). */
  rangeable?: boolean;
}

/** What a parser sees: one sentence and where it stands in `ctx.text`. */
export interface ParseInput {
  /** The sentence's text. */
  text: string;
  /** Offset of `text` in `ctx.text`. */
  offset: number;
  dayFirst: boolean;
  /** The publication day at noon UTC. */
  reference: Date;
}

export interface DateParser {
  readonly name: string;
  parse(input: ParseInput): DateCandidate[];
}

/** Offsets and the day as a one-day resolution, the common case. */
export function dayResolution(day: Ymd, relative: boolean): Resolution {
  return { start: day, end: day, precision: 'day', relative };
}
