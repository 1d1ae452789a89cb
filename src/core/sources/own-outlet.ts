// "according to information received by this newspaper", "this publication's review of the
// records": the page's own outlet, as the page names itself. The publisher is no source of its own
// article, so the phrase is no speaker. (Someone who "told this newspaper" is the speaker, and names
// no outlet in the phrase. The writer who cites their own work, "as this reporter revealed", is cited
// as a source, and PolNeAR marks it one: staff nouns stay.)

/** "this"/"our" and a noun of a news outlet. */
const OWN_OUTLET = /(?:^|\s)(?:this|our)\s+(?:newspaper|paper|publication|media\s+house|news\s+outlet|outlet|news\s+site|website|newsroom|magazine)(?:['\u2019]s?)?(?:\s|$)/i;

/** Whether the speaker phrase names the page's own outlet. */
export function isOwnOutlet(phrase: string): boolean {
  return OWN_OUTLET.test(phrase);
}
