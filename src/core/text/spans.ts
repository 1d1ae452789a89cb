import type { Span } from '../types';

/**
 * The index of the span that holds `offset` (start ≤ offset < end) in sorted, non-overlapping
 * spans, or -1; a binary search, since an article may have thousands of sentences.
 */
export function indexOfSpanAt(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) high = mid - 1;
    else if (offset >= span.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** The index of the first span that ends after `at`, in spans sorted by position (spans.length when none does). */
export function firstEndingAfter(spans: readonly { end: number }[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
