// A telling set between commas inside the sentence it reports: "Covering the bay, Reed told me,
// would cost …", "The port stayed shut, Lowe told the Courier, for safety reasons." The words around
// the aside are what was told; those after the recipient are no object of "told". (Without the
// comma after the recipient, "Reed told me the bay would cost …", they are.)

/** Words of the sentence before the speaker's phrase, closed by a comma: three at least. */
const CLAUSE_BEFORE = /(?:\S+\s+){2,}\S*,\s*$/;

/**
 * Whether the telling is an aside: `before` is the sentence up to the speaker's phrase, `rest` the
 * text right after the person told.
 */
export function isTellingAside(before: string, rest: string): boolean {
  return CLAUSE_BEFORE.test(before) && /^\s*,\s+\S/.test(rest);
}
