// "… such as robots to sweep floors, weather models to forecast storms …", "the first firm to announce
// that …": a to-infinitive right after a noun modifies that noun (its purpose, or which one it is);
// no finite verb stands between the noun and the cue, so the noun is no subject of a statement made.
// The phrase reader takes "to" for a preposition ("adviser to the mayor") and so reads "software to"
// as the subject of "forecast". Only when "to" follows the head itself: "Residents gathered outside
// to say …" has a verb of its own between, and its subject stays for the readers after this one.

import type { SpeakerRef } from './model';

const TO_AT_END = /\s+to$/i;
/** The last word of the phrase before "to". */
const LAST_WORD = /([\p{L}\p{N}.'\u2019-]+)$/u;

/** Whether the phrase is a noun (or a name) and then the "to" of an infinitive that hangs on it. */
export function isNounInfinitive(speaker: SpeakerRef): boolean {
  if (speaker.form === 'pronoun' || !TO_AT_END.test(speaker.text)) return false;
  const lead = speaker.text.replace(TO_AT_END, '');
  const last = LAST_WORD.exec(lead)?.[1]?.toLowerCase();
  if (!last) return false;
  if (speaker.form === 'name') return !!speaker.name && speaker.name.toLowerCase().endsWith(last);
  return last === speaker.head;
}
