// A "person" whose every name is a plural of people ("Tory MPs", "Detectives", "the officials",
// "five Republican candidates") is a group nobody names, like "Protesters" or "some lawmakers": the
// sheet shows it as unnamed (anonymous), not as one person. Asked last, before the sheet is built:
// the kind is only the sheet's label here (the quote check reads kinds as coreference left them).

import { NAME_TITLES, PERSON_NOUNS } from '../lexicon';
import type { Entity } from '../model';

/** Irregular plurals of people in PERSON_NOUNS. */
const IRREGULAR = new Set(['people', 'men', 'women', 'spokesmen', 'spokespeople', 'chairmen', 'relatives']);
/** An initialism in the plural: "MPs", "CEOs", "MEPs". */
const INITIALISM_PLURAL = /^\p{Lu}{2,}s$/u;

export function pluralGroupsAsAnonymous(entities: Entity[]): void {
  for (const e of entities) {
    if (e.mergedInto !== undefined || e.kind !== 'person' || e.role) continue;
    const shown = e.names.length ? e.names : e.descriptors.slice(0, 1);
    if (shown.length && shown.every(namesAGroup)) e.kind = 'anonymous';
  }
}

/** Whether a phrase ends in a plural noun of people (not "Mina and Steve", not "Ann Sanders"). */
export function namesAGroup(phrase: string): boolean {
  const last = phrase.trim().split(/\s+/).pop() ?? '';
  if (INITIALISM_PLURAL.test(last)) return true;
  const word = last.toLowerCase();
  if (IRREGULAR.has(word)) return true;
  if (!/[^su]s$/.test(word)) return false;
  // "officials", "witnesses"; "Detectives", "governors": the plural of a person noun or a title.
  const singular = word.slice(0, -1);
  return PERSON_NOUNS.has(word) || PERSON_NOUNS.has(singular) || NAME_TITLES.has(singular);
}
