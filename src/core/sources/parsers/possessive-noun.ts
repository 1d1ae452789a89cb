// What the readers of a possessive noun cue share ("Roe's energetic endorsement of Lund", "his
// stern warning that …"): the holder named by the possessive, where the noun's object ends, and
// the figure that makes the noun an amount. Their patterns capture the owner (group 1), the
// describing words (group 2) and the noun (group 3).

import type { SpeakerRef } from '../model';
import type { Scan } from '../scan';
import { ownerRef } from './noun-cue';
import { STANCE_OBJECT_STOP } from './stance-noun';
import { NAME_WORD_START } from '../name-word';

/** A name's possessive ("Ann Roe's", "Sen. Lund's"), its capitalised words up to four. */
const NAME_POSSESSIVE = String.raw`(?:${NAME_WORD_START}[\p{L}.'\u2019-]*\s+){0,3}\p{Lu}[\p{L}.-]*['\u2019]s?`;
/** The owner before a noun cue, as a pattern's group: a name's possessive or a possessive pronoun. */
export const OWNER = String.raw`(${NAME_POSSESSIVE}|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)`;
/**
 * The same without "its": a thing's intention or prediction ("the country declared its intention to
 * …") is its author's, whom the possessive does not name.
 */
export const PERSONAL_OWNER = String.raw`(${NAME_POSSESSIVE}|[Hh]is|[Hh]er|[Tt]heir)`;

/**
 * Where the noun's object ends: where a stance noun's does (a comma, a dash, a new clause), or at
 * the verb of the sentence the possessive phrase is the subject of ("Roe's endorsement of Lund
 * surprised …", "her stance on tolls is well known", "her support for the levy and praised …"); a
 * past form after a determiner is an adjective inside the object ("the proposed levy").
 */
export const POSSESSIVE_OBJECT_STOP = new RegExp(String.raw`${STANCE_OBJECT_STOP.source}|\s(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do)\b|(?<!\b(?:the|a|an|his|her|their|its|this|that|these|those)\s)\s(?:(?:and|or)\s+)?\p{Ll}+ed\b`, 'u');

/** "Roe's support of 40 percent", "their demand for $3 million": a figure after the noun is an amount. */
export const AMOUNT_AFTER = /^\s*[\d$]/;

/** The noun cue's start and the holder its possessive names, or null (a cue already read, no holder). */
export function possessiveHolder(scan: Scan, match: RegExpExecArray, at: number): { cueStart: number; speaker: SpeakerRef } | null {
  const owner = match[1]!;
  const cueStart = at + owner.length + match[0].slice(owner.length).indexOf(match[3]!, match[2]!.length);
  if (scan.usedCues.has(cueStart)) return null;
  const speaker = ownerRef(scan.masked, at, owner);
  return speaker ? { cueStart, speaker } : null;
}
