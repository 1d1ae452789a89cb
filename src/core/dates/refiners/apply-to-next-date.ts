// "two days after March 3", "the week of April 10": an operator followed by a date becomes one
// date, computed from it. An operator followed by anything else ("two days before the vote") was
// counted from an event, not a date, and is dropped unless it can stand alone.

import type { DateCandidate } from '../candidate';

const ADJACENT = /^\s*(?:of\s+|on\s+)?$/;

export function applyToNextDate(candidates: DateCandidate[], text: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const current = candidates[i]!;
    const next = candidates[i + 1];
    const operator = current.applyToNext;
    if (operator && next && !next.applyToNext && ADJACENT.test(text.slice(current.end, next.start))) {
      out.push({
        start: current.start,
        end: next.end,
        text: text.slice(current.start, next.end),
        extractor: `${next.extractor}+${operator.name}`,
        confidence: Math.min(current.confidence, next.confidence),
        resolve(env) {
          const base = next.resolve(env);
          return base ? operator.apply(base) : null;
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
