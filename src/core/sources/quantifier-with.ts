// "Few on either side of the debate think …", "most in both states supported him", "some on her
// staff were surprised": a quantifier standing for people, with a phrase of place or membership of
// its own, is the subject of the verb after it. The speaker reader takes a bare quantifier ("Many
// believe") but not one with a phrase after it, so the clause was left without a subject.

import type { Span } from '../types';
import type { SpeakerRef } from './model';
import { nominalSpeaker } from './speaker-ref';

/**
 * The quantifier opening the segment (or after a linking word), a preposition of place or membership,
 * and up to six words ending the segment. The phrase after the preposition opens with a determiner
 * or a capital ("in the party", "on either side", "in Miami"), not a bare noun ("in fact", "at least").
 */
// (No "i" flag: with it, \p{Lu} matches lower case too; only the words' first letters vary.)
const QUANTIFIER = '(?:[Mm]any|[Mm]ost|[Ff]ew|[Ss]ome|[Ss]everal|[Oo]thers|[Nn]one)';
const PREPOSITION = '(?:in|on|at|from|within|among|inside|outside|across|throughout)';
const QUANTIFIER_WITH = new RegExp(String.raw`(?:^|\b(?:[Aa]nd|[Bb]ut|[Ww]hile|[Ww]hereas|[Yy]et|[Ss]o|[Ww]hen|[Aa]s|[Ii]f|[Bb]ecause|[Tt]hough|[Aa]lthough)\s+)\s*(${QUANTIFIER}\s+${PREPOSITION}\s+(?:(?:the|his|her|their|its|our|your|my|this|that|these|those|both|either|each|every|all)\s+(?:[^\s,;:\uE000()]+\s+){0,5}[^\s,;:\uE000()]+|\p{Lu}[\p{L}'\u2019.-]*(?:\s+[^\s,;:\uE000()]+){0,5}))\s*$`, 'u');
/** A verb inside the phrase makes it a clause of its own ("some in the party have said"): kept out. */
const VERB_INSIDE = /\s(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|who|that|which)\s/i;
/** A phrase of time or manner, no group: "in the past", "at the time", "on the other hand", "in March". */
const ADVERBIAL = /^\S+\s+\S+\s+(?:(?:the\s+)?(?:past|end|meantime|moment|time|meanwhile|other|same|first|long|short|wake|run-up|process|years?|months?|weeks?|days?|morning|evening|afternoon|night|spring|summer|fall|autumn|winter)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)\S*)/i;

/** The quantifier group that ends the segment, as its speaker, or null. */
export function quantifierWith(masked: string, seg: Span): { speaker: SpeakerRef; phraseStart: number } | null {
  const slice = masked.slice(seg.start, seg.end);
  const m = QUANTIFIER_WITH.exec(slice);
  if (!m || VERB_INSIDE.test(` ${m[1]!} `) || ADVERBIAL.test(m[1]!)) return null;
  const start = seg.start + m.index + m[0].indexOf(m[1]!);
  const text = m[1]!;
  const head = text.split(/\s+/)[0]!.toLowerCase();
  return { speaker: nominalSpeaker(text, start, start + text.length, 'anonymous', head, false), phraseStart: start };
}
