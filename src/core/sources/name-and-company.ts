// "… months of attacks by Mayor Ola Vik and allies, who claim …", "… Ola Vik and his aides, who say
// …": a person's name joined by "and" to a bare plural of common nouns, before a relative "who".
// The plural is the named person's company, unnamed; the name is the one source the sentence gives
// for what the group claims. Read as a whole, the phrase ended in a lower-case word, so no name
// closed the clause before "who" and the statement had no speaker at all.

import { NAME_WORD_START } from './name-word';
import { readSpeaker } from './speaker-phrase';
import type { Subject } from './clause';

/** A capitalised run (up to five words), "and", an optional "his"/"her"/"their"/"other", then one lower-case plural. */
const NAME_AND_PLURAL = new RegExp(String.raw`((?:${NAME_WORD_START}[\p{L}.'\u2019-]*\s+){0,4}${NAME_WORD_START}[\p{L}.'\u2019-]*)\s+and\s+(?:(?:his|her|their|other)\s+)?\p{Ll}{2,}(?<![sui])s\s*$`, 'u');

/** The named person who leads a phrase "Ola Vik and allies" ending at `end`, read from no earlier than `start`. */
export function nameBeforeCompany(masked: string, start: number, end: number): Subject | null {
  const slice = masked.slice(Math.max(start, end - 120), end);
  const m = NAME_AND_PLURAL.exec(slice);
  if (!m) return null;
  const from = end - slice.length + m.index;
  const speaker = readSpeaker(masked, from, from + m[1]!.length);
  return speaker?.form === 'name' && speaker.kind === 'person' ? { speaker, phraseStart: from } : null;
}
