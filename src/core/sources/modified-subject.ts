// "A producer for a film studio told …", "The cities of Leeds and York said …", "A copy of the memo
// said …": a subject that opens its sentence as a short noun phrase with a prepositional modifier,
// which the speaker reader does not take whole. Its head ("A producer", "The cities") is read as the
// speaker, and the phrase, modifier included, is what the sheet prints.

import { afterOpening, type Subject } from './clause';
import { readSpeaker } from './speaker-phrase';

// Head (up to four words), then one modifier of up to about ten words, right before the cue; no
// comma, quotation or bracket in it, and no verb of its own ("who was", "that had", "seen by").
const MODIFIED = /^((?:[\p{L}\d'\u2019-]+\s+){0,3}?[\p{L}\d'\u2019-]+)(\s+(?:of|for|from|in|at|with|on)\s+[^,;:\uE000()\u2014\u2013]{1,70}?)\s*$/u;
const OWN_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could|who|whom|which|that|by|and\s+(?:then\s+)?\p{Ll}+ed)\b/u;
export const LINK = /^\s*(?:(?:But|And|Yet|So|Still)\s+)?/;
// "In Britain, the cities of …": a short opening phrase of place or time before the subject (not
// "In the Coastal Radio survey, …": a document named there is the statement's source).
export const OPENING_PHRASE = /^(?:(?:In|On|At)\s+\p{Lu}|(?:After|During|Since|Last|This|Earlier|Later)\s)[^,;:\uE000]{1,40},\s+/u;

/** The subject of the cue at `cue` when the sentence opens with "Det noun of/for … " and nothing else before the cue. */
export function modifiedSubject(masked: string, sentenceStart: number, cue: number): Subject | null {
  let start = afterOpening(masked, sentenceStart, cue);
  start += LINK.exec(masked.slice(start, cue))![0].length;
  const opening = OPENING_PHRASE.exec(masked.slice(start, cue));
  if (opening) start += opening[0].length;
  return modifiedPhraseAt(masked, start, cue, Boolean(opening));
}

/**
 * The head with its modifier from `start` right up to the cue, or null; a lower-case head only when
 * something before `start` proves a clause opens there (`opened`: an opening phrase, a joint).
 */
export function modifiedPhraseAt(masked: string, start: number, cue: number, opened: boolean): Subject | null {
  const m = MODIFIED.exec(masked.slice(start, cue));
  // ("A statement posted on …", "The woman accused of …": a participle after the head is a clause.)
  if (!m || OWN_VERB.test(m[2]!) || /ed$/.test(m[1]!) || !(opened || /^\p{Lu}/u.test(m[1]!))) return null;
  const speaker = readSpeaker(masked, start, start + m[1]!.length);
  if (!speaker || speaker.form !== 'nominal') return null;
  const end = start + (m[1]! + m[2]!).length;
  return { speaker: { ...speaker, text: masked.slice(start, end), end }, phraseStart: start };
}
