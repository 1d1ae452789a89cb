// "… such as robots to sweep floors, weather models to forecast storms …", "the first firm to announce
// that …": a to-infinitive right after a noun modifies that noun (its purpose, or which one it is);
// no finite verb stands between the noun and the cue, so the noun is no subject of a statement made.
// The phrase reader takes "to" for a preposition ("adviser to the mayor") and so reads "weather models to"
// as the subject of "forecast". Only when "to" follows the head itself ("Residents gathered outside
// to say …" has a verb of its own between), and only a short noun phrase with no verb among the words
// before its head: "allowing users to declare …", "begged reporters to ask …" hand the infinitive to
// the verb's object, who is its doer (controlled-infinitive.ts reads those).

import type { SpeakerRef } from './model';

const TO_AT_END = /\s+to$/i;
/** A participle or a past among the words before the head: a verb whose object the noun is. */
const VERB_FORM = /^\p{Ll}+(?:ing|ed)$/u;
const MAX_MODIFIERS = 3;
/** The last word of the phrase before "to". */
const LAST_WORD = /([\p{L}\p{N}.'\u2019-]+)$/u;

/** Whether the phrase is a noun (or a name) and then the "to" of an infinitive that hangs on it. */
export function isNounInfinitive(speaker: SpeakerRef): boolean {
  if (speaker.form === 'pronoun' || !TO_AT_END.test(speaker.text)) return false;
  const lead = speaker.text.replace(TO_AT_END, '');
  const last = LAST_WORD.exec(lead)?.[1]?.toLowerCase();
  if (!last) return false;
  if (speaker.form === 'name') return !!speaker.name && speaker.name.toLowerCase().endsWith(last);
  return last === speaker.head && speaker.modifiers.length <= MAX_MODIFIERS && !speaker.modifiers.some((w) => VERB_FORM.test(w));
}
