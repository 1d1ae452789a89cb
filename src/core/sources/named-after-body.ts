// "On Wednesday, the director of the Federal Bureau of Investigation, James B. Comey, said …": the
// place-tail reading ("…, a nurse from Monsey, New York, said": a bare place after a description
// ending "from Monsey" belongs to it) took "of Investigation" for a place and "James B. Comey" for
// the place's state, and dropped the name. A run of two or three capitalised words that opens with
// a given name is a person named after the description, not a place continuing it. (One word alone
// stays a place: "Charlotte", "Victoria"; the name data's place-like words, "Georgia", only open a
// place of one word here.)

import { genderOfAnyGivenName } from './gender';

const NAME_RUN = /^\s*(\p{Lu}[\p{Ll}'\u2019-]+)(?:\s+\p{Lu}[\p{L}.'\u2019-]*){1,2}\s*$/u;

/** Whether `segment` is a person's name by its first word ("James B. Comey", "Ada Lund"), not a place. */
export function isPersonNameSegment(segment: string): boolean {
  const m = NAME_RUN.exec(segment);
  return !!m && genderOfAnyGivenName(m[1]!) !== null;
}
