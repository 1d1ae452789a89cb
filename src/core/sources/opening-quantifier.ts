// "Both want a second ferry", "All see the breakwater as a waste": a quantifier
// that opens its clause stands alone for the group it counts, and is the subject. Elsewhere the
// same words float after a subject ("the senators both said", "they all agree"), which is why the
// subject reader skips them as it skips "also" or "still"; only with nothing of the clause before
// them (bar a linking word: "But both think …", "…, and all want …") are they the subject itself.

import type { SpeakerRef } from './model';
import { nominalSpeaker } from './speaker-ref';

/** Quantifiers that float after a subject and may also stand for it. */
const FLOATING_QUANTIFIER = /^(?:both|all)$/i;
/**
 * What may come before the quantifier in its clause: nothing, a comma or semicolon, a conjunction,
 * or a linking adverb ("By Friday, all agreed …", "…, and both want …").
 */
const CLAUSE_OPENING = /(?:^|[,;:]|(?:^|,)\s*(?:and|but|yet|so|while|whereas)|^\s*(?:But|And|Yet|Still|So|Now|Instead|Meanwhile|Indeed)\s*,?)\s*$/u;
/** "Pilots, skippers, dockers, all voicing concern": after a bare comma a participle sums up a list; no clause opens. */
const AFTER_COMMA = /,\s*$/;
const PARTICIPLE = /^\p{L}+ing\b/u;
/** "All reports suggest …", "both sides": a word in -s right after the quantifier is its plural noun, not the verb. */
const PLURAL_NEXT = /^\s+\p{L}+[^\Ws]s\b/u;
/** "Both are committed to the plan": after a form of "be" the participle is no verb of the quantifier. */
const BE_BETWEEN = /\b(?:is|are|was|were|be|been|being)\b/i;

/**
 * The quantifier at [start, end) as the subject of the verb at `cue`, when it opens its clause
 * (the words from `from` to `start` are at most a link); null for any other word or place.
 */
export function openingQuantifier(masked: string, from: number, start: number, end: number, cue: number): { speaker: SpeakerRef; phraseStart: number } | null {
  const word = masked.slice(start, end);
  if (!FLOATING_QUANTIFIER.test(word) || start - from > 200 || !CLAUSE_OPENING.test(masked.slice(from, start))) return null;
  if (PLURAL_NEXT.test(masked.slice(end, end + 40)) || BE_BETWEEN.test(masked.slice(end, cue))) return null;
  if (AFTER_COMMA.test(masked.slice(from, start)) && PARTICIPLE.test(masked.slice(cue, cue + 30))) return null;
  return { speaker: nominalSpeaker(word, start, end, 'anonymous', word.toLowerCase()), phraseStart: start };
}
