// Speakers of a clause that another speaker reports ("Lu Kang repeated that China opposed
// hacking"), told apart so that a later "he" or "she" prefers the one who reported it.

import type { Attribution } from '../model';

/** A bound on work: the pairs compared in one paragraph. */
const MAX_PER_BLOCK = 200;

/**
 * The attributions whose speaker is the subject of a clause another speaker reports, in the same
 * paragraph ("Lu Kang repeated that China opposed hacking", "Sherman joked that God did not want
 * …"): that speaker is less salient for a later "he" than the one who reported it.
 */
export function reportedWithin(attributions: readonly Attribution[], masked: string): Set<Attribution> {
  const byBlock = new Map<number, Attribution[]>();
  for (const a of attributions) if (a.speaker) (byBlock.get(a.block) ?? byBlock.set(a.block, []).get(a.block)!).push(a);
  const out = new Set<Attribution>();
  for (const list of byBlock.values()) {
    if (list.length > MAX_PER_BLOCK) continue;
    for (const a of list) {
      const at = a.speaker!.start;
      // A subject right after a comma opens the main clause after a fronted one ("After Beck asked
      // the conservative who he thought would win, D'Souza replied …"): reported by no one.
      if (/,\s*$/.test(masked.slice(Math.max(0, at - 3), at))) continue;
      // (Not when each holds the other's speaker: "Cruz electrified the crowds …, Stovall said" reports Cruz.)
      if (list.some((b) => b !== a && b.speaker!.start < at && b.cueStart < at && b.start <= at && a.end <= b.end
        && !(a.start <= b.speaker!.start && b.speaker!.start < a.end))) out.add(a);
    }
  }
  return out;
}
