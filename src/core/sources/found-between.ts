import type { Attribution } from './model';
import type { Scan } from './scan';

/**
 * The attribution with a speaker whose cue lies in [from, to), the latest added first. The search is
 * bounded by position, not by how many were found before: the parsers append in their own order
 * (all the quotations first), so in a long article a sentence's own quotation lies far back in the
 * list. The list is capped at MAX_FOUND, which bounds each search.
 */
export function lastFoundBetween(scan: Scan, from: number, to: number, accept?: (a: Attribution) => boolean): Attribution | null {
  for (let i = scan.found.length - 1; i >= 0; i--) {
    const a = scan.found[i]!;
    if (a.cueStart >= from && a.cueStart < to && a.speaker && (!accept || accept(a))) return a;
  }
  return null;
}
