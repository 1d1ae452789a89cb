// A collective noun of people speaks as a plural does: "Committee staff said …", "Staff for the
// panel said …", "White House staff said …". It takes no plural "-s", so the bare-plural reading of
// a speaker phrase, which asks for one, missed it, and a phrase without a determiner ("Committee
// staff", not "his staff") was no speaker at all. Only nouns that name a body of people working
// together; "police" is read as an organisation in the lexicon. "Media" is the outlets taken
// together, as news text writes it without an article ("State media reported …", "Local media in
// Belgium have said …"); the sheet lists outlets as sources, and the phrase was no speaker at all.
// Not "social media": the platforms people post on, no body of outlets ("Social media has added
// another link to the misinformation chain" is an act, PolNeAR train).

/** Nouns for a body of people (or of outlets) taken together, without a plural ending. */
const COLLECTIVE_PEOPLE = /^(?:staff|personnel|crew|faculty|media)$/i;

/** Whether `word` (after the word `before`, if any) is a collective noun of people ("staff", "personnel"). */
export function isCollectivePeopleNoun(word: string, before = ''): boolean {
  return COLLECTIVE_PEOPLE.test(word) && !(/^media$/i.test(word) && /^social$/i.test(before));
}
