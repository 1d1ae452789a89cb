// "Epstein's neighbour in both Leeds and York, Tom Baxter, said", "the company's manager in Europe
// said": an owner's possessive, a lower-case role, then a preposition of place right before a
// capitalised run. The run is where the role is held (the preposition's object), not the holder's
// name; the phrase is a description of that person. Read as a name, "Leeds and York" became a person
// whose role ended in "in", and the named speaker after the comma lost the apposition, so the
// quotation before it was dropped.
//
// Only the prepositions of place: after "of", "for" and "to" a name may follow the role's object
// with no comma ("Vardia's envoy to Ostland Ann Roe", possessed-role-object.ts for "of the"); after
// "from" the name is as often whom something came from ("a statement from Ms. Lund"). And only a
// role of one to three words with no determiner among them: "Hurt's book included a statement in
// …" is a clause, whose object the preposition's phrase describes.

/** A preposition of place: "in", "at", "across". */
const PLACE_PREPOSITION = /^(?:in|at|on|near|across|inside|within|outside|throughout|around)$/;
/** Words that open a noun phrase of their own: a role has none. */
const DETERMINER = /^(?:a|an|the|this|that|these|those|his|her|its|their|our|my|your|some|any)$/;
const MAX_ROLE_WORDS = 3;
/** "in both Leeds and York", "in either Leeds or York": a word that opens a pair of places. */
const PAIR_OPENING = /^(?:both|either)$/;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const POSSESSIVE = /^\p{L}[\p{L}.-]*['\u2019]s?$/u;

/**
 * Whether the words before a capitalised run (`prefix`) end in an owner's lower-case role and a
 * preposition of place ("Epstein's neighbour in", "the firm's chief in both"), which makes the run
 * the place where the role is held.
 */
export function isPossessedRolePlace(prefix: readonly string[]): boolean {
  let end = prefix.length - 1;
  if (end >= 0 && PAIR_OPENING.test(prefix[end]!)) end--;
  if (end < 2 || !PLACE_PREPOSITION.test(prefix[end]!)) return false;
  let k = end - 1;
  // The role: lower-case words only (another preposition would open a phrase of its own).
  while (k >= 0 && LOWER_WORD.test(prefix[k]!) && !PLACE_PREPOSITION.test(prefix[k]!) && !DETERMINER.test(prefix[k]!)) k--;
  return k >= 0 && k < end - 1 && end - 1 - k <= MAX_ROLE_WORDS && POSSESSIVE.test(prefix[k]!);
}
