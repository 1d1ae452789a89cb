// A collective noun of people speaks as a plural does: "Committee staff said …", "Staff for the
// panel said …", "White House staff said …". It takes no plural "-s", so the bare-plural reading of
// a speaker phrase, which asks for one, missed it, and a phrase without a determiner ("Committee
// staff", not "his staff") was no speaker at all. Only nouns that name a body of people working
// together; "police" is read as an organisation in the lexicon.

/** Nouns for a body of people taken together, without a plural ending. */
const COLLECTIVE_PEOPLE = /^(?:staff|personnel|crew|faculty)$/i;

/** Whether `word` is a collective noun of people ("staff", "personnel"). */
export function isCollectivePeopleNoun(word: string): boolean {
  return COLLECTIVE_PEOPLE.test(word);
}
