// Two dates joined as a range become one interval: "from 2019 to 2021", "between March and May",
// "March–May 2024". A year written only on the second end applies to the first ("from March to
// May 2024"); an end that falls before its start without a year of its own moves a year on.

import type { DateCandidate, Resolution, ResolveEnv } from '../candidate';
import { compareYmd, type Ymd } from '../calendar';
import { valueOf } from '../value';

const JOINER = /^\s*(?:-|\u2013|\u2014|to|through|thru|until|till|and)\s*$/i;
const BETWEEN = /\bbetween\s+$/i;
const AND = /^\s*and\s*$/i;

export function mergeRanges(candidates: DateCandidate[], text: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const first = candidates[i]!;
    const second = candidates[i + 1];
    if (second && first.rangeable && second.rangeable && !first.anaphoric && !second.anaphoric) {
      const joiner = text.slice(first.end, second.start);
      const before = text.slice(Math.max(0, first.start - 10), first.start);
      if (JOINER.test(joiner) && (!AND.test(joiner) || BETWEEN.test(before))) {
        out.push(merge(first, second, text));
        i++;
        continue;
      }
    }
    out.push(first);
  }
  return out;
}

function merge(first: DateCandidate, second: DateCandidate, text: string): DateCandidate {
  return {
    start: first.start,
    end: second.end,
    text: text.slice(first.start, second.end),
    extractor: `${first.extractor}+dates/merge-ranges`,
    confidence: Math.min(first.confidence, second.confidence),
    resolve(env: ResolveEnv): Resolution | null {
      let a = first.resolve(env);
      const b = second.resolve(env);
      if (!a || !b) return a ?? b;
      if (a.yearImplied && b.explicitYear) {
        a = withYear(a, b.start.y);
        if (compareYmd(a.start, b.start) > 0) a = withYear(a, b.start.y - 1);
      }
      let end: Ymd = b.end;
      if (compareYmd(end, a.start) < 0 && b.yearImplied) end = { ...end, y: end.y + 1 };
      const intervalValues = { start: valueOf(a).value, end: valueOf({ ...b, start: end, value: undefined }).value };
      return { ...a, end, interval: true, intervalValues, relative: a.relative || b.relative };
    },
  };
}

function withYear(r: Resolution, y: number): Resolution {
  return { ...r, start: { ...r.start, y }, end: { ...r.end, y: y + (r.end.y - r.start.y) }, yearImplied: false, relative: false };
}
