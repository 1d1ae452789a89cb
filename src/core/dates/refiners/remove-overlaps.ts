// Where two parsers read overlapping text, the longer reading wins ("mid-January" over chrono's
// "January"; "the fall of 2023" over "2023"); on equal length, the more confident one.

import type { DateCandidate } from '../candidate';

export function removeOverlaps(candidates: DateCandidate[]): DateCandidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start,
  );
  const kept: DateCandidate[] = [];
  for (const candidate of ranked) {
    if (kept.every((k) => candidate.end <= k.start || candidate.start >= k.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
