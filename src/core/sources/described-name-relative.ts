// A relative clause on an indefinite description that stands in apposition to a name: "… endorsed
// by the Harbour Fund, a local charity which said …", "… spoke to Ann Lee, a neighbour who said …".
// The description only tells what the name is; the name speaks, and the description is its role.
// (With a comma before the relative, "Ann Lee, a neighbour, who said …", the apposition reader
// already goes to the name.)
//
// Only "a"/"an" and lower-case words: "the Harbour Fund, the charity's director, who …" names two.

const INDEFINITE_DESCRIPTION = /^\s*(?:a|an)\s+((?:[\p{Ll}\d][\p{L}\d'\u2019-]*\s+){0,5}?\p{Ll}[\p{L}'\u2019-]*)(?:\s+(?:which|that|who))?\s*$/u;

/** The description's words ("local charity"), when `segment` is one before a relative clause, or null. */
export function descriptionBeforeRelative(segment: string, relativeSkipped: boolean): string | null {
  const m = INDEFINITE_DESCRIPTION.exec(segment);
  if (!m) return null;
  // The relative word is either in the segment or was skipped as a filler ("who").
  if (!relativeSkipped && !/\s(?:which|that|who)\s*$/.test(segment)) return null;
  return m[1]!;
}
