// Quarters and fiscal years: "the third quarter of 2024", "Q3 2024", "third-quarter" (by tense),
// "fiscal 2024", "FY24". A quarter's value is `2024-Q3`; a fiscal year is the year it is named
// after (outlets' fiscal calendars differ; the text's own year is what a reader can check).

import type { DateCandidate, DateParser, ParseInput, Resolution, ResolveEnv } from '../candidate';
import { periodOf, shift, yearForMonth } from '../periods';

const NAME = 'dates/quarter';

const ORDINAL = /^(?:first|1st)$/i;
const WORDS =
  /\b(?:the\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+of\s+(?:(?:fiscal\s+(?:year\s+)?|FY\s*)?(\d{4})|(this|last|next)\s+year|the\s+year))?\b/gi;
const SHORT = /\bQ([1-4])(?:[\s-]*(?:of\s+)?(?:FY\s*)?['\u2019]?(\d{4}|\d{2}))?(?![\w%])/gi;
const YEAR_FIRST = /\b(\d{4})[\s-]?Q([1-4])\b/gi;
const FISCAL = /\b(?:fiscal(?:\s+year)?\s+|FY\s?['\u2019]?)(\d{4}|\d{2})(?![\w%]|[.,]\d)/gi;

export const quarterParser: DateParser = {
  name: NAME,
  parse(input: ParseInput): DateCandidate[] {
    const out: DateCandidate[] = [];
    const push = (index: number, text: string, confidence: number, resolve: (env: ResolveEnv) => Resolution | null): void => {
      out.push({ start: input.offset + index, end: input.offset + index + text.length, text, extractor: NAME, confidence, resolve });
    };
    for (const match of input.text.matchAll(WORDS)) {
      const quarter = quarterNumber(match[1]!);
      const year = match[2] ? Number(match[2]) : null;
      const which = match[3]?.toLowerCase() ?? null;
      push(match.index, match[0], year ? 0.9 : 0.7, (env) => quarterResolution(env, quarter, year, which));
    }
    for (const match of input.text.matchAll(SHORT)) {
      const year = match[2] ? fullYear(match[2]) : null;
      push(match.index, match[0], year ? 0.9 : 0.6, (env) => quarterResolution(env, Number(match[1]), year, null));
    }
    for (const match of input.text.matchAll(YEAR_FIRST)) {
      const year = Number(match[1]);
      push(match.index, match[0], 0.9, (env) => quarterResolution(env, Number(match[2]), year, null));
    }
    for (const match of input.text.matchAll(FISCAL)) {
      const year = fullYear(match[1]!);
      push(match.index, match[0], 0.85, () => ({
        start: { y: year, m: 1, d: 1 }, end: { y: year, m: 1, d: 1 }, precision: 'year', relative: false, explicitYear: true,
      }));
    }
    return out;
  },
};

function quarterNumber(word: string): number {
  const w = word.toLowerCase();
  if (ORDINAL.test(w)) return 1;
  if (w === 'second' || w === '2nd') return 2;
  if (w === 'third' || w === '3rd') return 3;
  return 4;
}

function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

function quarterResolution(env: ResolveEnv, quarter: number, year: number | null, which: string | null): Resolution {
  const middleMonth = quarter * 3 - 1;
  let y: number;
  if (year !== null) y = year;
  else if (which) y = shift('year', env.ref, which === 'last' ? -1 : which === 'next' ? 1 : 0).y;
  else y = yearForMonth(middleMonth, env.ref, env.tense(), null);
  const period = periodOf('quarter', { y, m: middleMonth, d: 1 });
  return { ...period, precision: 'quarter', relative: year === null, explicitYear: year !== null };
}
