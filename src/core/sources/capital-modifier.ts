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

/**
 * "Democratic voters are …", "The Republican elite is …", "The Republican presidential nominee has
 * …": a party's or a nation's adjective (with or without "The") before lower-case words that end at a
 * verb's plain sign (an auxiliary, an "-ly" adverb, a past "-ed" form, a comma) is one noun phrase;
 * read alone, the adjective became a source named "Democratic". The adjective must have an
 * adjective's ending ("-ic", "-ican", "-ian", "-ese", "-ish", "-ern", "-al", "-ive"), so a name before its verb
 * ("Okafor said", "Sullivan then agreed") is left to the name readers, and so is a determiner
 * with such an ending ("These wealthy donors": a plain description, which this reader never takes).
 */
const ADJECTIVE_RUN = /^(?:The\s+)?(?!These$|Those$)\p{Lu}\p{Ll}+(?:ic|ican|ian|ese|ish|ern|al|ive)$/u;
/** One to three lower-case words, then what opens a predicate. */
const NOUN_WORDS = /^((?:\s+[a-z][a-z-]*){1,3}?)(?=\s*,|\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|do|does|did|also|not|never|still|then|now|just|even|already|[a-z]+ly|[a-z]+ed)\b)/;
/** Words that cannot sit inside the noun phrase (a verb's sign or a function word). */
const NOT_NOUN = /^(?:the|a|an|of|to|in|on|at|for|with|by|from|that|and|or|but|who|which|also|then|now|still|just|even|[a-z]+ly|[a-z]+ed)$/;

export function capitalModifiedPhrase(masked: string, run: string, start: number, end: number): SpeakerRef | null {
  if (!ADJECTIVE_RUN.test(run)) return null;
  const m = NOUN_WORDS.exec(masked.slice(end, end + 60));
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/);
  if (words.some((w) => NOT_NOUN.test(w))) return null;
  // (With no "The", only a plural is a group: a bare singular is a mass noun, a thing, "Artificial
  // intelligence can recognize …".)
  if (!/^The\s/.test(run) && !/s$/.test(words[words.length - 1]!)) return null;
  const speaker = readSpeaker(masked, start, end + m[1]!.length);
  return speaker?.form === 'nominal' && speaker.head === words[words.length - 1] && speaker.kind !== 'document' ? speaker : null;
}
