// "… the head of the Riverside Trust in Leeds, which says …": a body's name, then "in" and where the
// body sits, before a relative "which". The place is what the body is in, not what "which" stands
// for: a place says nothing, and "which" never stands for a person, so with the place read as the
// antecedent (and refused) the statement fell to a pronoun that found the person before it.

/** A capitalised word, then "in", right before the place's name: "Trust in |Leeds". */
const NAME_THEN_IN = /\p{Lu}[\p{L}.'\u2019-]*\s+in\s+$/u;

/**
 * Where the phrase before "in" ends, when the capitalised run starting at `placeStart` follows a
 * capitalised word and "in" ("the Riverside Trust in Leeds"); -1 otherwise. `lo` bounds the look back.
 */
export function bodyBeforePlaceEnd(masked: string, lo: number, placeStart: number): number {
  const m = NAME_THEN_IN.exec(masked.slice(Math.max(lo, placeStart - 60), placeStart));
  if (!m) return -1;
  return placeStart - m[0].length + m[0].search(/\s+in\s+$/);
}
