// "the week of April 10", "the week beginning February 4": the week that holds the date that
// follows (joined by the apply-to-next-date refiner). On its own it is nothing.

import type { DateCandidate, DateParser, ParseInput, Resolution } from '../candidate';
import { periodOf } from '../periods';

const NAME = 'dates/week-of';

const PATTERN = /\b(?:the\s+)?week\s+(?:of|beginning|starting|commencing)\b/gi;

export const weekOfParser: DateParser = {
  name: NAME,
  parse(input: ParseInput): DateCandidate[] {
    const out: DateCandidate[] = [];
    for (const match of input.text.matchAll(PATTERN)) {
      out.push({
        start: input.offset + match.index,
        end: input.offset + match.index + match[0].length,
        text: match[0],
        extractor: NAME,
        confidence: 0.8,
        standalone: false,
        resolve: () => null,
        applyToNext: { name: NAME, apply: weekOf },
      });
    }
    return out;
  },
};

function weekOf(base: Resolution): Resolution | null {
  if (base.precision !== 'day') return null;
  return { ...periodOf('week', base.start), interval: true, relative: base.relative };
}
