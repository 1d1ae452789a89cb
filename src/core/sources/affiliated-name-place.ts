// "Ana Lund from Green Watch in Bergen says …", "Per Vik of the Harbour Alliance in Oslo said …": a
// person named with the body she speaks for, then where that body sits. The place tells where, as
// after a name alone (name-place-adjunct.ts); the speaker is the person, with the body her
// affiliation. Read whole, the place left no name the speaker reader would take, and the sentence
// had no speaker at all.
//
// Only a name that opens its clause, then "from", "of" or "at" and the body's capitalised name, then
// the place; and only when the name with its body reads as a person's name ("a spokesman for Acme in
// Oslo said" keeps its phrase: no name opens it).

import { NAME_WORD_START } from './name-word';
import { readSpeaker } from './speaker-phrase';

/** A name (up to four capitalised words, titles included), then "from"/"of"/"at" and an optional "the", right before the body. */
const NAME_THEN_PREPOSITION = new RegExp(String.raw`(?:${NAME_WORD_START}[\p{L}.'\u2019-]*\s+){0,3}${NAME_WORD_START}[\p{L}.'\u2019-]*\s+(?:from|of|at)\s+(?:the\s+)?$`, 'u');

/**
 * Where the person's phrase starts when the body's name that starts at `bodyStart` follows a person's
 * name and its preposition, and that phrase up to `placeAt` (where "in" and the place begin) reads as
 * a person's name; -1 otherwise. `opensClause` says whether the words from `lo` to a start open a clause.
 */
export function affiliatedNameStart(masked: string, lo: number, bodyStart: number, placeAt: number, opensClause: (before: string) => boolean): number {
  const m = NAME_THEN_PREPOSITION.exec(masked.slice(Math.max(lo, bodyStart - 60), bodyStart));
  if (!m) return -1;
  const start = bodyStart - m[0].length;
  if (!opensClause(masked.slice(lo, start))) return -1;
  const person = readSpeaker(masked, start, placeAt);
  return person?.form === 'name' && person.kind === 'person' ? start : -1;
}
