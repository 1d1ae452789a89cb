// "The ACLU’s Keegan Medrano", "Harbour Lines’ Ann Roe": a body's possessive before a person's name
// owns the person; the run of capitals that holds both is not one name. The person is the words
// after the possessive, and the owner is no part of it (nor is its "The", which is the body's).

/** Words after the possessive that a person's name needs: a given name and a surname at least. */
const MIN_NAME_WORDS = 2;

const POSSESSIVE = /\p{L}(?:['\u2019]s|s['\u2019])$/u;

/**
 * The index in `words` (from `from` on) just after the last possessive word that two or more words
 * follow, or -1 when there is none: "ACLU’s" in ["The", "ACLU’s", "Keegan", "Medrano"] gives 2.
 */
export function afterOwner(words: readonly string[], from: number): number {
  for (let k = words.length - 1 - MIN_NAME_WORDS; k >= from; k--) {
    if (POSSESSIVE.test(words[k]!)) return k + 1;
  }
  return -1;
}

/** The owner's word as a role word: lower case, without its possessive ("aclu" of "ACLU’s"). */
export function ownerWord(word: string): string {
  return word.toLowerCase().replace(/['\u2019]s?$/, '').replace(/\./g, '');
}
