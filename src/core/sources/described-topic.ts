// "For Trump, the Republican front-runner, Florida's contest represents a momentous win", "For
// Chevron, which has operated there for a century, Venezuela is a market it knows well": an opening
// "For X," whose X the writer first describes, in an apposition or a relative clause, introduces
// whom the writer's account is about, not whose view follows ("For many voters, the bridge is a
// waste" is theirs). "To X, who …," keeps the view ("To Sexton, who has studied Trump rallies, …"):
// "to" names a judge, "for" as often whom a thing concerns. (PolNeAR train: five such "For X, …"
// readings, four extras and one the runner paired with another person's line; none of the
// twenty-three it marks has such an aside.)

/**
 * The aside that opens right after "For X, ": a relative clause, or a description of X with its own
 * comma and no verb ("For Republicans, the campaign trail Monday was like a game of billiards, with
 * attacks flying …" opens the clause itself).
 */
const DESCRIBING_ASIDE = /^(?:(?:who|whom|whose|which)\b[^,;:]{2,120},\s|(?:the|a|an|one\s+of)\s(?![^,;:]*\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did)\b)[^,;:]{2,60},\s(?!(?:but|and|yet|while|although|though|so)\b))/i;

/** True when "For X, " (`preposition` "For") is followed by `after`, an aside describing X before the clause. */
export function isDescribedTopic(preposition: string, after: string): boolean {
  return /^for$/i.test(preposition) && DESCRIBING_ASIDE.test(after.trimStart());
}
