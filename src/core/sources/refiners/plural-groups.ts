// A "person" whose every name is a plural of people ("Tory MPs", "Detectives", "the officials",
// "five Republican candidates") is a group nobody names, like "Protesters" or "some lawmakers": the
// sheet shows it as unnamed (anonymous), not as one person. Asked last, before the sheet is built:
// the kind is only the sheet's label here (the quote check reads kinds as coreference left them).
// So is a capitalised name the article only ever gives a plural verb ("New Yorkers have been
// shocked", plural-names.ts): a people named by its place, not a person.

import { NAME_TITLES, PERSON_NOUNS } from '../lexicon';
import type { Entity } from '../model';
import { namesAGroup as takesPluralVerbs } from './plural-names';
import { wholeWordPlaces } from '../../text/word-places';

/** Irregular plurals of people in PERSON_NOUNS. */
const IRREGULAR = new Set(['people', 'men', 'women', 'spokesmen', 'spokespeople', 'chairmen', 'relatives']);
/** An initialism in the plural: "MPs", "CEOs", "MEPs". */
const INITIALISM_PLURAL = /^\p{Lu}{2,}s$/u;
/** How many places of a name's head are looked at. */
const MAX_PLACES = 40;

/** `pluralHeads`: the heads the article only uses with plural verbs (plural-names.ts). */
export function pluralGroupsAsAnonymous(entities: Entity[], pluralHeads: ReadonlySet<string> = new Set(), text = ''): void {
  for (const e of entities) {
    if (e.mergedInto !== undefined || e.kind !== 'person' || e.role) continue;
    const shown = e.names.length ? e.names : e.descriptors.slice(0, 1);
    if (shown.length && (shown.every(namesAGroup) || (e.names.length > 0 && e.names.every((n) => isCapitalisedPlural(n) && !headStandsAlone(text, n)) && takesPluralVerbs(e.names, pluralHeads)))) e.kind = 'anonymous';
  }
}

/**
 * The last word of a longer name written without the words before it somewhere: a surname ("Max
 * Walters" … "Walters said"), never the head of a people's name ("New Yorkers" has no "Yorkers").
 */
function headStandsAlone(text: string, name: string): boolean {
  const space = name.lastIndexOf(' ');
  if (space < 0) return false;
  const head = name.slice(space + 1);
  const lead = name.slice(0, space);
  return wholeWordPlaces(text, head, MAX_PLACES).some((at) => !text.slice(Math.max(0, at - lead.length - 1), at).startsWith(lead));
}

/** "New Yorkers", "Yellow Vests": a capitalised name whose last word is a regular plural (not "Mina and Steve", "Gus"). */
function isCapitalisedPlural(name: string): boolean {
  return !/\s(?:and|&)\s/.test(name) && /^\p{Lu}[\p{L}-]*[^su']s$/u.test(name.trim().split(/\s+/).pop() ?? '');
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
