// "CBS News' Ann Lindqvist reports …", "Harbour Radio's Ola Vik said …": a person's name after the
// possessive of the outlet or body they work for. The speaker's phrase reads the whole as a name,
// and the outlet's word ("News", "Radio") made it a body; the name the possessive owns is a
// person's when it is a given name and a surname, or when its owner is a body (an acronym or a name
// a body's word ends) and it ends in no body's word ("Vardby Council's Harbour Office" stays a body).
// The sheet's label only, like the other kinds settled after the quote check (entity-names.ts).

import { genderOfGivenName } from '../gender';
import { ORG_WORDS } from '../lexicon';
import type { Entity } from '../model';

/** Owner, possessive, then two or three capitalised words: "CBS News' Ann Lindqvist", "ABC's Ola Vik". */
const OWNED_NAME = /^(.+?)['\u2019]s?\s+((?:\p{Lu}[\p{Ll}'\u2019-]+\s+){1,2}\p{Lu}[\p{Ll}'\u2019-]+)$/u;
/** An owner that is a body by its shape: an acronym ("CBS", "DRPA") or a name a body's word ends ("CBS News"). */
function bodyShaped(owner: string): boolean {
  const words = owner.split(/\s+/);
  const last = words[words.length - 1]!;
  return /^\p{Lu}{2,6}$/u.test(last) || (words.length > 1 && ORG_WORDS.has(last.toLowerCase()));
}

/** The person's name a possessive owns, or null: "CBS News' Ann Lindqvist" → "Ann Lindqvist". */
export function ownedPersonName(name: string): string | null {
  const m = OWNED_NAME.exec(name);
  if (!m) return null;
  const owned = m[2]!.split(/\s+/);
  if (ORG_WORDS.has(owned[owned.length - 1]!.toLowerCase())) return null;
  return genderOfGivenName(owned[0]!) !== null || bodyShaped(m[1]!) ? m[2]! : null;
}

/** Organisations named only as a person owned by an outlet or body: persons. */
export function ownedNamesAsPersons(entities: Entity[]): void {
  for (const e of entities) {
    if (e.mergedInto === undefined && e.kind === 'organization' && e.names.length > 0 && e.names.every((n) => ownedPersonName(n) !== null)) e.kind = 'person';
  }
}
