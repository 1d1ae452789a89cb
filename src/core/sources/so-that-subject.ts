// "The levy is so small that housing advocates believe it is easy to dodge", "Potholes are so common
// that drivers described the road as a minefield": after "so …" or "such …" the "that" opens a clause
// of result with a subject of its own, not a complement or a relative. The subject reader's usual
// test after a subordinator asks for a name or a pronoun (most lower-case phrases after "that" are
// objects of the clause before it); after "so … that" the phrase up to the verb is the subject,
// a bare plural ("drivers") too.

import type { Span } from '../types';

/** "so small that", "so numerous in the north that", "such a mess that": the last such opening in the segment. */
const SO_THAT = /\b(?:so|such)\s+(?:a\s+|an\s+)?\p{Ll}[^,;:.\uE000]{0,80}?\s+that\s+/gu;
/** What the phrase after "that" may start with: a determiner, an adjective or noun in lower case, or a name. */
const PHRASE_START = /^(?!(?:it|there|this|that|he|she|they|we|i|you)\b)\S/i;

/** The span of the phrase after the last "so … that" in the segment (up to its end), or null. */
export function soThatPhrase(masked: string, seg: Span): Span | null {
  const slice = masked.slice(seg.start, seg.end);
  let at = -1;
  for (const m of slice.matchAll(SO_THAT)) at = m.index! + m[0].length;
  if (at < 0 || !PHRASE_START.test(slice.slice(at))) return null;
  return { start: seg.start + at, end: seg.end };
}
