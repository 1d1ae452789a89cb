// "Tavi Oruro is still at her stall at 8pm. … The mother of three says business is good", "…,” says
// the woman, who is in her late 20s: a definite description whose head only says a person's sex (a
// woman, a man, a mother, a grandfather) stands for the person just named, as "she" or "he" would;
// it says nothing of office or side that would make it someone else. Read as a new source, the
// sheet listed "mother of three" beside the woman it describes.
//
// Only the definite description ("the woman", "the mother of three"): "a woman said" introduces
// someone new. Only where coreference finds no earlier source with that noun ("A woman who asked not
// to be named said … The woman added" stays the one woman).

/** Nouns of a person by sex alone, and the pronoun each stands for. */
const GENDERED_HEADS: Readonly<Record<string, 'he' | 'she'>> = {
  woman: 'she', girl: 'she', lady: 'she', mother: 'she', grandmother: 'she', widow: 'she',
  man: 'he', boy: 'he', gentleman: 'he', father: 'he', grandfather: 'he', widower: 'he',
};

/** The pronoun a definite description with this head stands for ("woman" → "she"), or null. */
export function pronounOfGenderedHead(head: string | null): 'he' | 'she' | null {
  return head !== null && Object.hasOwn(GENDERED_HEADS, head) ? GENDERED_HEADS[head]! : null;
}
