// "We Brits love a good theme park holiday", "we voters deserve better": a noun after "we" outside
// any quotation is a group the writer counts themselves in, and what it holds is the article's own
// voice, not a source's (the page's author is no source). The speaker reader later drops the "we",
// so the group stood as the holder. (Inside a quotation the words are blanked and never read here.)

/** "We Brits", "we taxpayers": "we" and the noun in apposition to it. */
const WE_GROUP = /^we\s+\p{L}/iu;

/** True when the subject phrase `text` is "we" and a noun: the writer's own group. */
export function isNarratorGroup(text: string): boolean {
  return WE_GROUP.test(text.trim());
}
