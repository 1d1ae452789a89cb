// "Acme Bank of Canada's chief economist", "the Royal Society of Arts' director": an owner whose
// capitalised name runs through "of" (or "for", "and"), its possessive, then a person's role in lower
// case. (A role only: "Veterans of Ireland's diplomatic service" opens a sentence with a plural, its
// capital no sign of a name, and "service" names no one.)
// The preposition is part of the owner's name, so the phrase's head is the role after the
// possessive ("economist": a person), not the word before "of" ("Bank": a body). ("the head of the
// country's central bank" keeps its head: a lower-case word before "of" is no name.)

/** Words a body's capitalised name may hold in lower case. */
const NAME_LINKS = /^(?:of|for|and|&|the|on|de|du|des)$/;
/** A preposition or conjunction inside the name: without one the possessive is read already. */
const INNER_LINK = /^(?:of|for|and|&|on)$/;
const POSSESSIVE = /['\u2019]s?$/;
const CAPITALISED = /^\p{Lu}[\p{L}.'\u2019-]*$/u;
const ROLE_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
/** A role after the possessive of one to three words: "chief economist", "president". */
const MAX_ROLE_WORDS = 3;

/**
 * Where the role begins in `words` read from `from` (the index of the owner's possessive, which
 * then opens the head's modifiers), or -1 when the words are not a named owner's role.
 */
export function possessiveOfNamedOwner(words: readonly string[], from: number, notRoleWord: (word: string) => boolean, isPersonNoun: (word: string) => boolean): number {
  const at = words.findIndex((w, k) => k > from && POSSESSIVE.test(w));
  if (at < 0 || !CAPITALISED.test(words[from] ?? '')) return -1;
  const role = words.slice(at + 1);
  if (!role.length || role.length > MAX_ROLE_WORDS || !role.every((w) => ROLE_WORD.test(w) && !notRoleWord(w))) return -1;
  if (!isPersonNoun(role[role.length - 1]!)) return -1;
  const owner = words.slice(from, at + 1);
  if (!owner.some((w) => INNER_LINK.test(w))) return -1;
  if (!owner.every((w) => CAPITALISED.test(w) || NAME_LINKS.test(w))) return -1;
  // (The name closes on a capitalised word: "Bank of Canada's", not "Bank of the's".)
  return CAPITALISED.test(words[at - 1] ?? '') || CAPITALISED.test(words[at]!) ? at : -1;
}
