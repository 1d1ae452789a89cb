// "Her second film, “Tide,” confirmed the director's rare gift.": after a comma (here a title's, in
// apposition to the subject), a verb and then a noun phrase read as an inverted speaker ("…, said the
// spokesman") may be only the verb's object. A verb that takes an object ("confirmed", "showed",
// "noted") with a phrase whose head names a thing (no person's noun, group of people, body or record,
// thing-holder.ts's reading) is a verb and its object, not a saying. "said", "says", "added" and
// "wrote" take no such object, and the lexicon does not know every person's noun ("said the pilot"),
// so after those the phrase stays the speaker.

import type { SpeakerRef } from './model';
import { thingNoun } from './refiners/thing-holder';

/** Verbs of saying whose next phrase is, inverted, always the one who said it. */
const SAYING_ONLY = /^(?:said|says|added|adds|wrote|writes)$/;

/** Whether the phrase after `cueWord` is the verb's object, a thing: "confirmed | the director's rare gift". */
export function isInvertedThing(speaker: SpeakerRef, cueWord: string): boolean {
  if (SAYING_ONLY.test(cueWord)) return false;
  return speaker.form === 'nominal' && speaker.kind === 'other' && !!speaker.head && thingNoun(speaker.head);
}
