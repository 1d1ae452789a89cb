// A pull quote: the article sets a speaker's words apart as a paragraph of their own, naming no one,
// and prints them again where the speaker tells them ("…,” Roe said. “They have such anger …,” she
// said.). The first reading only carried over a speaker from the paragraph before it
// (refiners/continuation.ts), who may be someone else; the telling names who said the words.

import type { Attribution } from '../model';

const CARRIED = 'sources/continuation';

/**
 * Of two readings of the same words in two places, the one told with its own speaker when the other
 * was only carried over from an earlier paragraph, or null when neither or both were carried.
 */
export function toldOverCarried(a: Attribution, b: Attribution): Attribution | null {
  const carriedA = a.extractor === CARRIED;
  const carriedB = b.extractor === CARRIED;
  if (carriedA === carriedB) return null;
  return carriedA ? b : a;
}

/** A pull quote repeats the words whole: most of the longer reading's words are in the shorter ("the machine gun fire" is no repeat of a paragraph). */
const SAME_WORDS = 0.8;

export function repeatsWhole(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (!a.size || !b.size) return false;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / Math.max(a.size, b.size) >= SAME_WORDS;
}
