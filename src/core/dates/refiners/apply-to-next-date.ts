// "two days after March 3", "a week before yesterday": an offset followed by a date becomes one
// date, counted from it. An offset followed by anything else ("two days before the vote") was
// counted from an event, and is dropped.

import type { DateCandidate } from '../candidate';
import { periodOf, shift } from '../periods';
import { commonPrecision } from '../calendar';

const ADJACENT = /^\s*$/;

export function joinOffsets(candidates: DateCandidate[], text: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const current = candidates[i]!;
    const next = candidates[i + 1];
    if (current.shift && next && !next.shift && ADJACENT.test(text.slice(current.end, next.start))) {
      const { unit, offset } = current.shift;
      out.push({
        start: current.start,
        end: next.end,
        text: text.slice(current.start, next.end),
        extractor: `${next.extractor}+dates/offset-from-date`,
        confidence: Math.min(current.confidence, next.confidence),
        resolve(env) {
          const base = next.resolve(env);
          if (!base) return null;
          const precision = base.precision ?? commonPrecision(base.start, base.end).precision;
          const at = shift(unit, base.start, offset);
          if (unit === 'week') return { ...periodOf('week', at), interval: true, relative: true };
          return { start: at, end: at, precision: unit === 'day' ? 'day' : precision === 'day' ? unit === 'year' ? 'year' : 'month' : precision, relative: true };
        },
      });
      i++;
      continue;
    }
    if (current.standalone === false) continue;
    out.push(current);
  }
  return out;
}
