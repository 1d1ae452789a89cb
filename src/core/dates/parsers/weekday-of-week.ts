// A weekday in a named week: "Tuesday of next week", "Friday, last week", "on Monday this week".
// The week decides, not the tense.

import { addDays } from '../calendar';
import type { DateCandidate, DateParser, ParseInput } from '../candidate';
import { periodOf, shift } from '../periods';
import { WEEKDAY_PATTERN, weekdayNumber } from '../vocabulary';

const NAME = 'dates/weekday-of-week';

const PATTERN = new RegExp(`\\b(${WEEKDAY_PATTERN})(?:,\\s*|\\s+of\\s+|\\s+)(this|last|next)\\s+week\\b`, 'gi');

export const weekdayOfWeekParser: DateParser = {
  name: NAME,
  parse(input: ParseInput): DateCandidate[] {
    const out: DateCandidate[] = [];
    for (const match of input.text.matchAll(PATTERN)) {
      const weekday = weekdayNumber(match[1]!)!;
      const which = match[2]!.toLowerCase();
      const offset = which === 'last' ? -1 : which === 'next' ? 1 : 0;
      out.push({
        start: input.offset + match.index,
        end: input.offset + match.index + match[0].length,
        text: match[0],
        extractor: NAME,
        confidence: 0.9,
        resolve(env) {
          const monday = periodOf('week', shift('week', env.ref, offset)).start;
          const day = addDays(monday, (weekday + 6) % 7);
          return { start: day, end: day, precision: 'day', relative: true };
        },
      });
    }
    return out;
  },
};
