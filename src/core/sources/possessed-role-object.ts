// "Britain's chancellor of the Exchequer said", "the city's director of the Harbour Board said": an
// owner's possessive, a lower-case role, its preposition and "the", then a capitalised name. The name
// is the role's object (the office or the body the role serves; a person's name takes no article),
// not the person who holds the role, who goes unnamed; the phrase is a description of that person.
// Read as a name, "Exchequer" became a person whose role ended in "of", and the reader of sources
// dropped the statement with it.

/** The preposition of a role's object: "chancellor of", "spokesman for", "head at". */
const ROLE_PREPOSITION = /^(?:of|for|at|to)$/;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const POSSESSIVE = /^\p{L}[\p{L}.-]*['\u2019]s?$/u;

/**
 * Whether the words before a capitalised name (`prefix`) end in an owner's lower-case role and its
 * preposition and "the" ("Britain's chancellor of the"), which makes the name that role's object.
 */
export function isPossessedRoleObject(prefix: readonly string[]): boolean {
  if (!prefix.length || prefix[prefix.length - 1] !== 'the') return false;
  const end = prefix.length - 1;
  if (end < 3 || !ROLE_PREPOSITION.test(prefix[end - 1]!)) return false;
  let k = end - 2;
  // The role: lower-case words (not a clause: no verb is among a few nouns and adjectives here).
  while (k >= 0 && LOWER_WORD.test(prefix[k]!) && !ROLE_PREPOSITION.test(prefix[k]!)) k--;
  return k >= 0 && k < end - 2 && POSSESSIVE.test(prefix[k]!);
}
