// A "person" the article writes as a place or a body: "The city of Coachella passed …", "Putnam
// County already declared …", "Germany's health minister", "Hachette employees". A person is
// named in full somewhere in an article, so only a name the article never opens with a given
// name, a title or an honorific is asked about, and the kind follows what the article does with
// it, never a list of places: an office "of" it, a place's head word ending it, a thing only a
// country or a firm owns ("population", "health minister", "employees"), "X-based".

import { genderOfGivenName } from '../gender';
import type { Entity } from '../model';
import { wholeWordPlaces } from '../../text/word-places';
import { PLACE_END, type Mention } from './person-mentions';
import { knownPlaceName } from './known-places';

/** How many places of a name are looked at. */
const MAX_PLACES = 40;
/** Before the name: a unit of places and "of" ("the city of Coachella", "the state of Vardby"). */
const PLACE_OF = /\b(?:city|town|village|county|state|province|region|island|country|nation|republic|kingdom|capital|municipality|borough|district)\s+of\s+$/i;
/**
 * After the name: what a country or a firm has and a person has not ("Germany's health minister",
 * "Vardby's population", "Hachette employees", "Tidewire's Ferry Services division"). (Not
 * "government", "staff" or "economy": "Merkel's government", "Trump's staff", "Obama's economy".)
 */
const OWNED = /^(?:['\u2019]s)?\s+(?:(?:population|citizens|residents|borders|capital|parliament|ministry|embassy|employees)\b|(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:subsidiary|subsidiaries|divisions?)\b|(?:[\p{Ll}-]+\s+)?minister\b)/u;
/** "Oslo-based": a place or a body's name before "-based". */
const BASED = /^-based\b/;
/** A relative pronoun of persons after the name: "Ola, who …" settles it. */
const WHO_AFTER = /^,\s+who\b/;
/** An honorific or an initial inside a name. */
const PERSONAL = /(?:^|\s)(?:Dr|Mr|Mrs|Ms|Sir|Dame)\.?\s|\s\p{Lu}\.\s/u;

export function placesNamedAsPersons(text: string, entities: Entity[], mentions: readonly Mention[]): void {
  for (const e of entities) {
    if (e.mergedInto !== undefined || e.kind !== 'person' || e.role || !e.names.length) continue;
    if (e.names.some((n) => PERSONAL.test(n) || genderOfGivenName(n.split(' ')[0]!) !== null)) continue;
    // (A title before "of" is the place's office, not the name's: "Mayor of Coachella".)
    if (e.names.some((n) => mentions.some((m) => m.titled && m.name === n && !/\sof\s+$/.test(text.slice(Math.max(0, m.start - 4), m.start))))) continue;
    // "Ohio", "North Korea": a place every reader knows, with no person's sign (known-places.ts).
    // ("Utah and Arkansas", "Paris and London": places joined under one verb.)
    if (e.names.every((n) => knownPlaceName(text, n) || joinedPlaces(text, n))) { e.kind = 'organization'; continue; }
    // "Putnam County", "Vardby City": a place's head word ends the name (not "Ola Brekke of Vardby
    // County", a person of the place).
    if (e.names.some((n) => / /.test(n) && !/ \p{Ll}/u.test(n) && PLACE_END.has(n.split(' ').pop()!.toLowerCase()))) { e.kind = 'organization'; continue; }
    // A one-word name the article never writes in full: a place or a body when it treats it as one.
    if (e.names.every((n) => !n.includes(' ')) && e.names.some((n) => treatedAsPlace(text, n))) e.kind = 'organization';
  }
}

/** Two names joined by "and", each a place every reader knows ("Utah and Arkansas"). */
function joinedPlaces(text: string, name: string): boolean {
  const parts = name.split(/\s+(?:and|&)\s+/);
  return parts.length === 2 && parts.every((p) => knownPlaceName(text, p));
}

function treatedAsPlace(text: string, name: string): boolean {
  let place = false;
  for (const at of wholeWordPlaces(text, name, MAX_PLACES)) {
    const after = text.slice(at + name.length, at + name.length + 40);
    if (WHO_AFTER.test(after)) return false;
    place ||= PLACE_OF.test(text.slice(Math.max(0, at - 20), at)) || OWNED.test(after) || BASED.test(after);
  }
  return place;
}
