// "Will believes the mayor can win", "…, May says": a capitalised modal right before a finite verb
// is a given name. A modal takes the bare verb ("will believe", "may say"), so a verb that agrees
// with a singular subject (in -s) or is past ("said", "warned") cannot follow the modal: the word
// is the subject, not an auxiliary the subject reader should skip.

import type { SpeakerRef } from './model';
import { namedSpeaker } from './speaker-ref';

/** Modals that are also given names. */
const MODAL_NAME = /^(?:Will|May|Can)$/;
/** A preposition or a determiner before the word: "in May", "since May", "the May". */
const BEFORE_NOUN = /\b(?:in|on|by|since|until|till|from|of|for|during|before|after|through|to|early|late|mid|last|next|this|that|the|a|an|each|every)\s+$/i;
/** A finite verb: third person singular in -s, or a past in -ed, or a common irregular past of saying. */
const FINITE_VERB = /^\p{Ll}+(?:[^s\W]s|ed)\b|^(?:said|told|thought|felt|wrote|saw|knew|took|gave|made)\b/u;

/**
 * The name at [start, end) as the subject of the verb at `cue`, when it is a capitalised modal
 * followed straight away by a finite verb; null otherwise.
 */
export function modalAsName(masked: string, start: number, end: number, cue: number): { speaker: SpeakerRef; phraseStart: number } | null {
  const word = masked.slice(start, end);
  if (!MODAL_NAME.test(word) || /\S/.test(masked.slice(end, cue)) || !FINITE_VERB.test(masked.slice(cue, cue + 30))) return null;
  // ("a legal opinion drafted in May concluded …": after a preposition or a determiner it is a month or a noun.)
  if (BEFORE_NOUN.test(masked.slice(Math.max(0, start - 20), start))) return null;
  return { speaker: namedSpeaker(word, start, end, 'person'), phraseStart: start };
}
