// "Few on either side of the debate think …", "most in both states supported him", "some on her
// staff were surprised": a quantifier standing for people, with a phrase of place or membership of
// its own, is the subject of the verb after it. The speaker reader takes a bare quantifier ("Many
// believe") but not one with a phrase after it, so the clause was left without a subject.

import type { Span } from '../types';
import { groupEndingSegment, type GroupSubject } from './those-with';

/**
 * The quantifier opening the segment (or after a linking word), a preposition of place or membership,
 * and up to six words ending the segment. The phrase after the preposition opens with a determiner
 * or a capital ("in the party", "on either side", "in Miami"), not a bare noun ("in fact", "at least").
 */
// (No "i" flag: with it, \p{Lu} matches lower case too; only the words' first letters vary.)
const QUANTIFIER = '(?:[Mm]any|[Mm]ost|[Ff]ew|[Ss]ome|[Ss]everal|[Oo]thers|[Nn]one)';
const PREPOSITION = '(?:in|on|at|from|within|among|inside|outside|across|throughout)';
const QUANTIFIER_WITH = new RegExp(String.raw`(?:^|\b(?:[Aa]nd|[Bb]ut|[Ww]hile|[Ww]hereas|[Yy]et|[Ss]o|[Ww]hen|[Aa]s|[Ii]f|[Bb]ecause|[Tt]hough|[Aa]lthough)\s+)\s*(${QUANTIFIER}\s+${PREPOSITION}\s+(?:(?:the|his|her|their|its|our|your|my|this|that|these|those|both|either|each|every|all)\s+(?:[^\s,;:\uE000()]+\s+){0,5}[^\s,;:\uE000()]+|\p{Lu}[\p{L}'\u2019.-]*(?:\s+[^\s,;:\uE000()]+){0,5}))\s*$`, 'u');
/** A phrase of time or manner, no group: "in the past", "at the time", "on the other hand", "in March". */
const ADVERBIAL = /^\S+\s+\S+\s+(?:(?:the\s+)?(?:past|end|meantime|moment|time|meanwhile|other|same|first|long|short|wake|run-up|process|years?|months?|weeks?|days?|morning|evening|afternoon|night|spring|summer|fall|autumn|winter)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)\S*)/i;

/** The quantifier group that ends the segment, as its speaker, or null. */
export function quantifierWith(masked: string, seg: Span): GroupSubject | null {
  const group = groupEndingSegment(masked, seg, QUANTIFIER_WITH, false);
  return group && !ADVERBIAL.test(group.speaker.text) ? group : null;
}
