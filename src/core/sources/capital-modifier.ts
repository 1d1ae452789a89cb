// "The Israeli mission …, blamed", "The French premier took to X, writing: “…”": a capitalised run
// after "The" that a lower-case noun of a source follows is that noun's modifier (a nationality, a
// place, a body), not a name. The opening subject is the whole description, which coreference reads
// like any "the premier"; read alone, "The French" became a body named "French".

import { NAME_TITLES, ORG_NOUNS, ORG_WORDS, PERSON_NOUNS } from './lexicon';
import type { SpeakerRef } from './model';
import { readSpeaker } from './speaker-phrase';

/** Heads of a body's or a person's description the lexicon's noun lists lack. */
const MORE_HEADS = new Set(['mission', 'missions', 'envoy', 'envoys', 'premier', 'regime', 'military', 'side']);
/**
 * The run after "The": one adjective of a nation, a region or a party ("Israeli", "French", "Danish",
 * "Congolese", "Republican", "Democratic") or an initialism ("GOP", "CNN"). A name ("The Sanders
 * campaign") is left to the name readers: their person is the one a later "they" or "he" finds.
 */
const MODIFIER = /^The\s+(?:\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch|ic)|\p{Lu}{2,})$/u;
/** The lower-case word right after the run (a possessive or a verb form is no head). */
const NEXT_WORD = /^\s+(\p{Ll}+)\b(?!['\u2019])/u;

/**
 * `run` is the capitalised run that opens a subject at `start` (it ends at `end`). Null unless it
 * opens with "The" and the next word is a noun that names a person or a body.
 */
export function capitalModifiedHead(masked: string, run: string, start: number, end: number): SpeakerRef | null {
  if (!MODIFIER.test(run)) return null;
  const next = NEXT_WORD.exec(masked.slice(end, end + 40));
  if (!next) return null;
  const word = next[1]!;
  if (!(MORE_HEADS.has(word) || PERSON_NOUNS.has(word) || ORG_NOUNS.has(word) || NAME_TITLES.has(word) || ORG_WORDS.has(word))) return null;
  const speaker = readSpeaker(masked, start, end + next[0].length);
  return speaker?.form === 'nominal' && speaker.head === word && speaker.kind !== 'document' ? speaker : null;
}
