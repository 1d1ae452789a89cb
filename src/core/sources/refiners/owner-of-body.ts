// "Pakistan’s Ministry of Foreign Affairs said …", later "the Ministry of Foreign Affairs said …": a
// body's name without its owner is only the short form when the article also gives the owner. Two
// countries, two companies, two cities each have a "Ministry of Foreign Affairs", a "Board" or a
// "Police Department"; the sheet names the body as fully as the article does, with the owner's
// possessive in front. Only when the article gives the name one owner: with two ("Lorvia’s Ministry
// of Health", "Tessin’s Ministry of Health") the bare name stays, as nothing says which it is.
// The sheet's label only (build-sources.ts).

/** "Lorvia’s Ministry of Health": a capitalised owner of one to three words, its possessive, then the name. */
const OWNER_BEFORE = /^((?:\p{Lu}[\p{L}.\u2019'-]*\s+){0,2}\p{Lu}[\p{L}.-]*)['\u2019]s?\s+(.+)$/u;

/** The description that puts an owner before the organisation's name, when there is exactly one owner: else null. */
export function ownerNamedBody(name: string, descriptions: readonly string[]): string | null {
  // (A name of one word, "Council", is a common noun read as a name: no owner makes it fuller.)
  if (!/\s/.test(name)) return null;
  const owned = new Map<string, string>();
  for (const d of descriptions) {
    const m = OWNER_BEFORE.exec(d.trim());
    if (!m || m[2] !== name) continue;
    if (!owned.has(m[1]!.toLowerCase())) owned.set(m[1]!.toLowerCase(), d.trim());
  }
  return owned.size === 1 ? [...owned.values()][0]! : null;
}
