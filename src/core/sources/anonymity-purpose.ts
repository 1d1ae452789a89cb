// "An official, who spoke on condition of anonymity to discuss the private meeting, said …": the
// infinitive after "anonymity" gives the reason the source was not named, a formula of news copy.
// "to discuss the private meeting" is no position the official takes; what the official said
// follows elsewhere in the sentence and is read there.

/** "anonymity to", "anonymity in order to", right before the cue. */
const ANONYMITY_TO = /\banonymity\s+(?:in\s+order\s+)?to\s+$/i;

/** True when the cue at `cueStart` is the verb of the infinitive that explains a source's anonymity. */
export function isAnonymityPurpose(text: string, cueStart: number): boolean {
  return ANONYMITY_TO.test(text.slice(Math.max(0, cueStart - 40), cueStart));
}
