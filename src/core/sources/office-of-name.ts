// "Minister of Natural Resources, Ana Lund, said …", "Governor of the Central Bank, Per Vik, told …":
// an office written as a title, "of" and the capitalised name of what it is over, then the holder's
// name between commas. The speaker reader takes "Minister of Finance" alone for a person called
// "Finance" titled "Minister of"; before a name in apposition it is that name's office, as "Finance
// Minister, Ana Lund," is. Read as a person, the sentence had two people and no speaker.

import type { SpeakerRef } from './model';

/** A role that is a title and "of": the reading's "name" is what the office is over. */
const TITLE_OF = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+of$/u;

/** Whether a name reading is an office ("Minister of" + "Finance"), not a person. */
export function isOfficeOfReading(ref: SpeakerRef): boolean {
  return ref.form === 'name' && TITLE_OF.test(ref.role ?? '');
}
