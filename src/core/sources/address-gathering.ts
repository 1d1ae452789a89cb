// "Carson addressed the convention on Tuesday night", "she will address a rally in the park",
// "the senator addressed a crowd of dock workers": to address a gathering is to speak before it,
// an act that says nothing of what was said. Addressing an issue ("addressed the concerns of
// voters", "has yet to address how she would …") takes up a subject, which PolNeAR marks, and
// stays: only a noun of gathering at the head of the object, before any "of" or clause, reads as
// the act. (Train: 6 of 11 "address" extras read this way; 1 annotated find, "had addressed the
// convention", is lost with them.)

const ADDRESS = /^address(?:es|ed|ing)?$/i;
/** Up to six words of determiner and modifier (no "of", no clause word), then a noun of gathering. */
const GATHERING_OBJECT = new RegExp(
  String.raw`^(?:(?!(?:of|about|on|that|how|what|whether|why|who|concerns?|issues?|questions?)\b)[^\s;:]+\s+){0,6}?`
  + String.raw`(?:rall(?:y|ies)|conventions?|conferences?|galas?|dinners?|luncheons?|breakfasts?|banquets?|crowds?`
  + String.raw`|audiences?|gatherings?|summits?|symposi(?:um|a|ums)|forums?|meetings?|assembl(?:y|ies)|sessions?`
  + String.raw`|congregations?|commencements?|ceremon(?:y|ies)|fundraisers?|delegates|graduates)(?![\w’'])`,
  'i',
);

/** True when the cue is "address" and its object is a gathering spoken before. */
export function isAddressedGathering(cue: string | null, content: string): boolean {
  const verb = cue?.trim() ?? '';
  return ADDRESS.test(verb) && GATHERING_OBJECT.test(content.trimStart());
}
