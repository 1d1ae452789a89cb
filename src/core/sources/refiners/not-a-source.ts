// Phrases a parser may read as a speaker that no reader would call a source: photo and file credits
// ("File Photo", "Getty Images", "an undated handout photograph"), tickers and codes ("XAU=",
// ".MIAPJ0000PUS"), adverbials ("In a video message"), phrases built on a pronoun ("she and her
// backers"), and, for positions, a nationality adjective left without its noun ("North Korean"
// of "North Korean troops who support …"). Checked on the speaker phrase, before coreference, so
// that a dropped phrase never becomes an entity.

import { SUBJECT_CUE_FILLER as FILLER } from '../lexicon';
import type { SpeakerRef } from '../model';

/** Words that end a credit or a picture's caption, not a speaker's name. */
const CREDIT_HEAD = /^(?:photo|photos|photograph|photographs|photographer|image|images|picture|pictures|handout|file|screenshot|screengrab|illustration|caption|graphic|graphics)$/;
/** A code: an equals sign, a caret, a leading dot, or capitals run into digits ("NK225", "XAU="). */
const CODE = /[=^]|^\.|^[A-Z]+\d+[A-Z\d]*$/;
/** An adverbial: a preposition and a determiner ("In a video message", "On his Truth Social account"). */
const ADVERBIAL = /^(?:in|on|at|with|from|during|after|before|under|through|via|by|over|amid|into)\s+(?:a|an|the|his|her|their|its|our|my|this|that|these|those)\s/i;
/** A pronoun standing inside a longer phrase: "she and her backers", "him and his aides". */
const PRONOUN_WORD = /(?:^|\s)(?:he|she|they|we|it|him|them|us)(?:\s|$)/;
/** "New York-listed", "Paris-based": an adjective, not a name. */
const ADJECTIVE_NAME = /-(?:listed|based|born|led|backed|owned|made|run|linked|funded|registered)$/;
/** Nationality adjectives: "Korean", "European", "Chinese". */
const DEMONYM = /\p{Lu}\p{Ll}+(?:ean|ese)$/u;
/** The word after a name, when it is a lower-case plural: the name only modifies it ("North Korean troops"). */
const NOUN_AFTER = /^\s+(\p{Ll}[\p{Ll}-]+[^s'\u2019]s)\b/u;

/** `text` is the analysed text the phrase's offsets index into; `cueStart` where its cue begins. */
/** A credit's word ("Images" of "Getty Images", "Photo"): no person a pronoun can refer to. */
export function isCreditWord(word: string): boolean {
  const w = word.toLowerCase();
  return CREDIT_HEAD.test(w) || w === 'getty' || w === 'shutterstock';
}

export function isNotASource(ref: SpeakerRef, attitude: boolean, text: string, cueStart: number): boolean {
  const phrase = ref.text.trim();
  const words = (ref.name ?? phrase).toLowerCase().split(/[\s-]+/).filter(Boolean);
  const last = (ref.head ?? words[words.length - 1] ?? '').replace(/['\u2019]s?$/, '');
  if (CREDIT_HEAD.test(last) || words.some(isCreditWord)) return true;
  if (CODE.test(ref.name ?? phrase)) return true;
  if (ADVERBIAL.test(phrase)) return true;
  if (ref.form !== 'pronoun' && /\s/.test(phrase) && PRONOUN_WORD.test(phrase) && !/^\p{Lu}/u.test(ref.name ?? '')) return true;
  // Positions are read from any subject, so an adjective left from a noun phrase ("North Korean
  // troops who support …" read from "support") is a likelier misreading there than before "said".
  if (attitude && ref.form === 'name' && ADJECTIVE_NAME.test(ref.name ?? '')) return true;
  // "North Korean troops who support …": a nationality adjective whose noun the subject reading lost.
  if (attitude && ref.form === 'name' && DEMONYM.test(ref.name ?? '') && ref.end < cueStart) {
    const after = NOUN_AFTER.exec(text.slice(ref.end, Math.min(cueStart, ref.end + 40)));
    if (after && ref.end + after[0].length <= cueStart && !FILLER.has(after[1]!)) return true;
  }
  return false;
}
