// "An official, who spoke on condition of anonymity to discuss the private meeting, said …": the
// infinitive after "anonymity" gives the reason the source was not named, a formula of news copy.
// "to discuss the private meeting" is no position the official takes; what the official said
// follows elsewhere in the sentence and is read there. So is the formula's other wording, "an aide
// who was not authorized to speak publicly": neither "authorized" nor "speak" is a position. Nor is
// the wish behind it when it is the cue's whole content, "The woman, who wanted to remain anonymous,
// called …", "asked not to be named": only where the content runs on ("… asked not to be identified,
// said that …") does it carry more.

/** "anonymity to", "anonymity in order to", "not authorized to", right before the cue. */
const ANONYMITY_TO = /\b(?:anonymity\s+(?:in\s+order\s+)?|(?:not|n['\u2019]t)\s+(?:authorized|authorised|permitted|allowed|cleared)\s+)to\s+$/i;
/** "not authorized" as the cue itself, with its infinitive after it. */
const NOT_BEFORE = /\b(?:not|n['\u2019]t)\s+$/i;
const PERMISSION_TO = /^(?:authorized|authorised|permitted|allowed|cleared)\s+to\s/i;

/** True when the cue at `cueStart` is the verb of the infinitive that explains a source's anonymity. */
export function isAnonymityPurpose(text: string, cueStart: number): boolean {
  const before = text.slice(Math.max(0, cueStart - 40), cueStart);
  return ANONYMITY_TO.test(before) || (NOT_BEFORE.test(before) && PERMISSION_TO.test(text.slice(cueStart, cueStart + 24)));
}

/** The whole content is the wish to stay unnamed: "to remain anonymous", "not to be named". */
const ANONYMITY_WISH = /^(?:to\s+(?:remain|stay)\s+anonymous|(?:not\s+)?to\s+be\s+(?:named|identified))[\s.,;]*$/i;

export function isAnonymityWish(content: string): boolean {
  return ANONYMITY_WISH.test(content.trim());
}
