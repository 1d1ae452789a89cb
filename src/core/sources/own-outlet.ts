// "according to information received by this newspaper", "this publication's review of the
// records", "documents seen by our reporters": the page's own outlet or its staff, as the page names
// itself. The article's author and publisher are no sources of their own article, so the phrase is
// no speaker. (Someone who "told this newspaper" is the speaker, and names no outlet in the phrase.)

/** "this"/"our" and a noun of a news outlet or its staff. */
const OWN_OUTLET = /(?:^|\s)(?:this|our)\s+(?:newspaper|paper|publication|media\s+house|news\s+outlet|outlet|news\s+site|website|newsroom|magazine|reporters?|correspondents?|journalists?)(?:['\u2019]s?)?(?:\s|$)/i;

/** Whether the speaker phrase names the page's own outlet or its staff. */
export function isOwnOutlet(phrase: string): boolean {
  return OWN_OUTLET.test(phrase);
}
