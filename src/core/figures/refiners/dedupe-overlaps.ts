// Parsers may read the same words twice ("one-third" as a fraction and "one" as a number).
// Keep, among overlapping candidates, the one that covers more tokens; on a tie, the earlier.

export interface TokenRange {
  first: number;
  last: number;
}

export function dedupeOverlaps<T extends TokenRange>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => a.first - b.first || b.last - a.last);
  const out: T[] = [];
  for (const item of sorted) {
    const previous = out[out.length - 1];
    if (previous && item.first <= previous.last) {
      if (item.last - item.first > previous.last - previous.first) out[out.length - 1] = item;
      continue;
    }
    out.push(item);
  }
  return out;
}
