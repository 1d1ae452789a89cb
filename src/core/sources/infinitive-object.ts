// "Novelists met readers at a fair to discuss writing and publishing": a reader that takes the words
// before a cue as its subject may take a phrase that ends in a to-infinitive ("readers at a fair to
// discuss") and an -ing form right after it as the cue ("writing"). That -ing form is the
// infinitive's object, a gerund, and nobody in the phrase said or holds anything.
// (Not after a relative clause, "an official who was not authorized to speak said …", whose
// infinitive ends the clause; nor after a plural noun, "aides to governors saying …".)

import type { SpeakerRef } from './model';

/** A phrase that ends in "to" and a lower-case word that is not a plural noun or an object pronoun. */
const ENDS_IN_INFINITIVE = /\sto\s+(?!(?:him|her|them|us|me|it|you)$)\p{Ll}+(?<![^su]s)$/u;
/** A relative pronoun in the phrase: its infinitive belongs to the relative clause. */
const RELATIVE = /(?:^|\s)(?:who|whom|whose|that|which)\s/i;
/** An -ing form: the only kind of cue a to-infinitive takes as its object here. */
const ING = /^\p{Ll}+ing$/u;

/** Whether the cue is the object of the to-infinitive the speaker phrase ends with. */
export function isInfinitiveObjectCue(ref: SpeakerRef, text: string, cueStart: number, cue: string | null): boolean {
  if (!cue || !ING.test(cue.split(' ')[0]!) || ref.end > cueStart || !/^\s+$/.test(text.slice(ref.end, cueStart))) return false;
  const phrase = text.slice(ref.start, ref.end);
  return ENDS_IN_INFINITIVE.test(phrase) && !RELATIVE.test(phrase);
}
