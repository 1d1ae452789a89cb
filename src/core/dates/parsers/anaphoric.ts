// Dates told relative to the date before them in the text: "the next day", "the week before",
// "two days later", "that year". Resolved against the previous date (TimeML's anchor); with no
// earlier date there is nothing to count from, and nothing is returned.

import { commonPrecision } from '../calendar';
import type { DateCandidate, DateParser, ParseInput, Resolution, ResolveEnv } from '../candidate';
import { periodOf, shift } from '../periods';
import { COUNT_PATTERN, countNumber, unitOf, type Unit } from '../vocabulary';
import type { DatePrecision } from '../../types';

const NAME = 'dates/anaphoric';

const ORDER = /\b(?:the|that)\s+(next|following|previous|preceding|prior|same)\s+(day|week|weekend|month|year)\b/gi;
const BEFORE_AFTER = /\bthe\s+(day|week|month|year)\s+(before|after|earlier|later|prior)\b/g;
const COUNTED = new RegExp(`\\b(${COUNT_PATTERN})\\s+(day|week|month|year)s?\\s+(later|earlier|afterwards?|before|after|prior\\s+to)\\b`, 'gi');
// "two days before the vote": counted from an event, not a date; unless a date follows, which
// the offset-from-date refiner joins ("a week before March 3").
const NOUN_AFTER = /^\s+(?:the|a|an|his|her|its|their|this|that|[A-Za-z0-9])/;
// "year-earlier results", "the year-ago quarter": a year before the period being reported.
const YEAR_EARLIER = /\byear[-\s](?:earlier|ago)\b/gi;
const DEMONSTRATIVE = /\b(?:that|the\s+same)\s+(day|week|month|year)\b/gi;
// "over the next year", "in the following months": durations, not dates.
const DURATION_BEFORE = /\b(?:over|in|for|within|during|throughout|across)\s*$/i;

export const anaphoricParser: DateParser = {
  name: NAME,
  parse(input: ParseInput): DateCandidate[] {
    const out: DateCandidate[] = [];
    const { text } = input;
    const push = (index: number, match: string, unit: Unit, offset: number, counted = false): void => {
      if (DURATION_BEFORE.test(text.slice(Math.max(0, index - 12), index))) return;
      const followed = counted && NOUN_AFTER.test(text.slice(index + match.length, index + match.length + 6));
      out.push({
        applyToNext: counted ? { name: 'dates/offset-from-date', apply: (base) => offsetFrom(base, unit, offset) } : undefined,
        standalone: !followed,
        start: input.offset + index,
        end: input.offset + index + match.length,
        text: match,
        extractor: NAME,
        confidence: 0.6,
        anaphoric: true,
        resolve: (env) => fromAnchor(env, unit, offset),
      });
    };
    for (const match of text.matchAll(ORDER)) {
      const word = match[1]!.toLowerCase();
      const offset = word === 'same' ? 0 : word === 'next' || word === 'following' ? 1 : -1;
      push(match.index, match[0], unitOf(match[2]!)!, offset);
    }
    for (const match of text.matchAll(BEFORE_AFTER)) {
      const word = match[2]!.toLowerCase();
      push(match.index, match[0], unitOf(match[1]!)!, word === 'after' || word === 'later' ? 1 : -1, word === 'before' || word === 'after');
    }
    for (const match of text.matchAll(COUNTED)) {
      const count = countNumber(match[1]!);
      if (count === null) continue;
      const word = match[3]!.toLowerCase();
      const sign = word.startsWith('after') || word === 'later' ? 1 : -1;
      push(match.index, match[0], unitOf(match[2]!)!, sign * count, /^(?:before|after|prior)/.test(word));
    }
    for (const match of text.matchAll(YEAR_EARLIER)) {
      push(match.index, match[0], 'year', -1);
    }
    for (const match of text.matchAll(DEMONSTRATIVE)) {
      push(match.index, match[0], unitOf(match[1]!)!, 0);
    }
    return out;
  },
};

const NEEDS: Record<Unit, DatePrecision[]> = {
  day: ['day'],
  week: ['day'],
  weekend: ['day'],
  month: ['day', 'month'],
  quarter: ['day', 'month', 'quarter'],
  year: ['day', 'month', 'quarter', 'year'],
  decade: ['day', 'month', 'quarter', 'year'],
};

function fromAnchor(env: ResolveEnv, unit: Unit, offset: number): Resolution | null {
  // "that day", "the same year" name the anchor itself: without one they name nothing. A count
  // ("two days later", "a year earlier") with no date before it counts from publication.
  const anchor = env.anchor ?? (offset !== 0 ? { start: env.ref, end: env.ref, precision: 'day' as const, relative: true } : null);
  if (!anchor || anchor.vague) return null;
  const precision = anchor.precision ?? commonPrecision(anchor.start, anchor.end).precision;
  if (!NEEDS[unit].includes(precision)) return null;
  const at = shift(unit, anchor.start, offset);
  if (unit === 'day') return { start: at, end: at, precision: 'day', relative: true };
  // "profit rose from a year earlier", after "the third quarter": the same quarter a year before.
  if (unit === 'year' && (precision === 'quarter' || precision === 'month')) return { start: at, end: at, precision, relative: true };
  if (unit === 'month' || unit === 'year') return { start: at, end: at, precision: unit, relative: true };
  return { ...periodOf(unit, at), interval: true, relative: true };
}

/** "two days after March 3": the offset counted from the date that follows. */
function offsetFrom(base: Resolution, unit: Unit, offset: number): Resolution {
  const precision = base.precision ?? commonPrecision(base.start, base.end).precision;
  const at = shift(unit, base.start, offset);
  if (unit === 'day' || unit === 'week') return { start: at, end: at, precision: 'day', relative: true };
  const coarser: DatePrecision = precision === 'day' || precision === 'month' ? (unit === 'year' ? 'year' : 'month') : precision;
  return { start: at, end: at, precision: coarser, relative: true };
}
