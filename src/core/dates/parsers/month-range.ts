// Month ranges joined by a dash, with the year written once at the end: "Jan-Feb 2017",
// "Nov. 18-Dec. 19, 2015", "January–March 2024". chrono reads only the second half of these.
// Between two month names a dash is unambiguous, so abbreviations need no full stop here.

import { isValidDay } from '../calendar';
import type { DateCandidate, DateParser, ParseInput, Resolution } from '../candidate';
import { monthNumber } from '../vocabulary';

const NAME = 'dates/month-range';

const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?';
const PATTERN = new RegExp(`\\b${MONTH}(?:\\s+(\\d{1,2}))?\\s*[-\\u2013]\\s*${MONTH}(?:\\s+(\\d{1,2}))?,?\\s+(\\d{4})\\b`, 'gi');

export const monthRangeParser: DateParser = {
  name: NAME,
  parse(input: ParseInput): DateCandidate[] {
    const out: DateCandidate[] = [];
    for (const match of input.text.matchAll(PATTERN)) {
      const [whole, m1, d1, m2, d2, yearText] = match;
      const first = monthNumber(m1!);
      const second = monthNumber(m2!);
      if (!first || !second || Boolean(d1) !== Boolean(d2)) continue;
      const year = Number(yearText);
      const startYear = first > second ? year - 1 : year;
      const day1 = d1 ? Number(d1) : 1;
      const day2 = d2 ? Number(d2) : 1;
      if (!isValidDay(startYear, first, day1) || !isValidDay(year, second, day2)) continue;
      const precision = d1 ? 'day' : 'month';
      const resolution: Resolution = {
        start: { y: startYear, m: first, d: day1 },
        end: { y: year, m: second, d: day2 },
        precision,
        interval: true,
        relative: false,
        explicitYear: true,
      };
      out.push({
        start: input.offset + match.index,
        end: input.offset + match.index + whole!.length,
        text: whole!,
        extractor: NAME,
        confidence: 0.9,
        resolve: () => resolution,
      });
    }
    return out;
  },
};
