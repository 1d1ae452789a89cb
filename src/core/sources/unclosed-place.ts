// "…, Ada Lund, a nurse in Vardby, Ohio said": the comma that should close the apposition after
// the state or country is left out, so the verb's nearest phrase is the place, not the speaker. A
// place after a description that ends on "in"/"from"/"of"/"near"/"outside" and a town is that
// town's region when the article names it as a place a reader knows (refiners/known-places.ts); the
// apposition it closes describes the name before it, as it would with the comma written.

import type { Span } from '../types';
import { NAME_WORD_START } from './name-word';
import { knownPlaceName } from './refiners/known-places';

/** A phrase that ends on a town after its preposition: "a nurse in Vardby", "the mayor of Ava". */
const TOWN_TAIL = new RegExp(String.raw`\s(?:in|from|of|near|outside)\s+${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){0,2}\s*$`, 'u');
/** An apposition's opening: an article or a lower-case word ("a nurse in …", "mayor of …"). */
const DESCRIPTION = /^\s*(?:(?:a|an|the)\s|\p{Ll})/u;
/** A bare name of one or two words: "Ohio", "New Mexico". */
const BARE_NAME = new RegExp(String.raw`^\s*(${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*)?)\s*$`, 'u');

/**
 * Whether the last of the comma-separated `segments` (ending right before the verb, no comma) is a
 * known place that closes a town phrase in the segment before it, after a name or description
 * further left (three segments at least: the subject, the apposition, the place).
 */
export function isUnclosedPlace(masked: string, segments: readonly Span[]): boolean {
  if (segments.length < 3) return false;
  const last = segments[segments.length - 1]!;
  const place = BARE_NAME.exec(masked.slice(last.start, last.end))?.[1];
  if (!place) return false;
  const before = segments[segments.length - 2]!;
  // (Only a description: "Ann Roe and Per Vik of the University of California, Berkeley suggest" is
  // the subject itself, and its place is a campus's.)
  const described = masked.slice(before.start, before.end);
  return DESCRIPTION.test(described) && TOWN_TAIL.test(described) && knownPlaceName(masked, place);
}
