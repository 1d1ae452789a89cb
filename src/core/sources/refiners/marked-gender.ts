// "“…,” veteran analyst Charlie Cook wrote. [¶] Many Democrats follow the lead of Rep. Ann Roe, who is
// challenging Sen. Ben Lund. Last month, she released an ad …": after a speaker of an earlier
// paragraph, only a new sentence subject takes a "he" or "she" over; but when the article marks that
// speaker with no gender (an uncommon given name, none at all) and marks a person named in the
// pronoun's own paragraph with the pronoun's gender, the pronoun's gender is the better evidence.
// Not when a pronoun of that gender stands before that person in the paragraph (it is already the
// followed speaker's), nor past a person described as a sentence's subject since the speaker.

/** Tells whether an entity agrees with a pronoun, by the gender the article gives it. */
export type Agrees = (pronoun: 'he' | 'she') => boolean;

/** The entity agrees with "he" and "she" alike: the article marks no gender for it. */
export function isGenderUnmarked(agrees: Agrees): boolean {
  return agrees('he') && agrees('she');
}

/** The entity agrees with `pronoun` and not with the other: the article marks its gender as the pronoun's. */
export function isMarkedAs(agrees: Agrees, pronoun: 'he' | 'she'): boolean {
  return agrees(pronoun) && !agrees(pronoun === 'he' ? 'she' : 'he');
}
