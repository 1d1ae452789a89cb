// Speakers built by hand, where a reader knows what a phrase is without the speaker-phrase reader:
// a document noun ("one estimate"), a group ("Those over 60"), a quantifier ("Both"), a given name.
// One place fills the fields none of them know (owner, role, affiliation, modifiers).

import type { SourceKind } from '../types';
import type { SpeakerRef } from './model';

/** A descriptive phrase with no name: its head noun (lower case) says what it is. */
export function nominalSpeaker(text: string, start: number, end: number, kind: SourceKind, head: string | null, definite = false): SpeakerRef {
  return { form: 'nominal', text, start, end, name: null, owner: null, role: null, affiliation: null, kind, head, modifiers: [], definite };
}

/** A personal pronoun as printed ("his", "them"), read as its subject form `head` ("he", "they"). */
export function pronounSpeaker(text: string, start: number, end: number, head: string): SpeakerRef {
  const kind = head === 'he' || head === 'she' ? 'person' : 'other';
  return { form: 'pronoun', text, start, end, name: null, owner: null, role: null, affiliation: null, kind, head, modifiers: [], definite: false };
}

/** A name as printed, with nothing around it. */
export function namedSpeaker(name: string, start: number, end: number, kind: SourceKind): SpeakerRef {
  return { form: 'name', text: name, start, end, name, owner: null, role: null, affiliation: null, kind, head: null, modifiers: [], definite: false };
}
