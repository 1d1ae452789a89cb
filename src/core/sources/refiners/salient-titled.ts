// "Sen. Tom Lane of Ohio and Sen. Ann Roe of Iowa met farmers. Roe said …. Lane said …. The senator
// said …": where the article titles more than one person with the office a bare description names,
// the description stands for the one the story has spoken of last, under any of their names, not for
// the one whose titled mention comes last (the order the two were introduced in). The title reader
// took the last mention written with the title ("Sen. Ann Roe") and gave the senator's statement to
// Roe, although Lane was the senator the paragraphs before were about.

import type { Mention } from './person-mentions';
import { lastWord, normName } from './names';

/**
 * Of the candidate persons (each with the names the article gives them), the one mentioned
 * last among `mentions[0..last]`, by full name or surname; the first candidate when none is
 * mentioned after its titled mention.
 */
export function mostSalientTitled(mentions: readonly Mention[], last: number, candidates: readonly { entity: number; names: readonly string[] }[]): number {
  if (candidates.length < 2) return candidates[0]?.entity ?? -1;
  const keys = candidates.map((c) => ({ full: new Set(c.names.map(normName)), surnames: new Set(c.names.map(lastWord)) }));
  for (let i = last; i >= 0; i--) {
    const m = mentions[i]!;
    if (!m.person) continue;
    const name = normName(m.name);
    const own = keys.map((k) => k.full.has(name) || (!name.includes(' ') && k.surnames.has(name)));
    // (A surname two candidates share says nothing of which one is meant.)
    if (own.filter(Boolean).length === 1) return candidates[own.indexOf(true)]!.entity;
  }
  return candidates[0]!.entity;
}
