// "Mr. Lund and Mrs. Lund": one surname, two people, so the entity the name "Lund" stands for agrees
// with "he" and "she" alike (gender.ts keeps a surname of two genders open). A mention still carries
// its own: "When Mrs. Lund finally noticed Mr. Vik, her eyes widened, he said" goes past the
// "Mrs. Lund" before it, whatever her entity's names, as it would go past "Ann Lund". The mention's
// honorific or gendered role word ("Mrs.", "Congressman") decides first, then its own given name.

import { genderOfGivenName, genderOfWord, type Gender } from '../gender';
import type { Mention } from './person-mentions';

/** The gender a mention marks by its own words: its titles and role words, else its given name; null for none. */
export function genderOfMention(m: Mention): Gender | null {
  for (const word of m.roleWords.split(/\s+/)) {
    const g = word ? genderOfWord(word) : null;
    if (g) return g;
  }
  return m.name.includes(' ') ? genderOfGivenName(m.name.split(' ')[0]!) : null;
}

/** The mention marks the other gender than "he" or "she" asks for: "Mrs. Lund" is no "he". */
export function marksOtherGender(m: Mention, pronoun: string | null): boolean {
  if (pronoun !== 'he' && pronoun !== 'she') return false;
  const g = genderOfMention(m);
  return g !== null && g !== (pronoun === 'she' ? 'f' : 'm');
}
