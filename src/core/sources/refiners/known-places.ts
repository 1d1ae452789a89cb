// Places a reader knows by name: "Ohio said …" is a parse that took a state for a speaker, and so
// are "Texas", "Nevada", "Syria", "Rochester" when the article never writes them "in X" or beside
// an adjective (place-names.ts, name-shapes.ts read those). Nothing in the sentence tells "Nevada
// supports" from "Sanders supports": a one-word name has no structure, so the kind comes from a
// closed class, the world's countries and their capitals, the US states and their capitals, the
// largest US cities and a few world cities often in the news (known-places.json, written from
// those public lists, one- and two-word names only). It is evidence for a place only: a name the
// article gives person evidence for stays a person's ("Paris Hilton", "Sen. Israel", "Austin,
// who …", a given name such as "Virginia"), and the callers ask only about names of one entity
// with no role or title. Surnames common among public figures that are also capitals
// ("Richmond", "Kingston", "Montgomery", "Jackson", "Lincoln", "Austin", "Madison") are left out
// of the list.

import { genderOfGivenName } from '../gender';
import { wholeWordPlaces } from '../../text/word-places';
import names from './known-places.json';

const PLACES: ReadonlySet<string> = new Set(names);
/** How many places of a name are looked at for a person's relative pronoun. */
const MAX_PLACES = 40;
/** "Ola, who …", "Ola, 54, …", "Ola, a welder": what follows a person's name. */
const PERSON_AFTER = /^,\s+(?:who|\d{1,3},|an?|the)\s/;
/** A place's name after "of", "in", "from": "the senator of Ohio, who …" is the senator. */
const PLACE_BEFORE = /\b(?:of|in|from|at|to|across)\s+$/;

/** Whether a name is a known place's and the article gives no sign that it is a person's. */
export function knownPlaceName(text: string, name: string): boolean {
  if (!PLACES.has(name) || genderOfGivenName(name.split(' ')[0]!) !== null) return false;
  return !wholeWordPlaces(text, name, MAX_PLACES).some((at) => PERSON_AFTER.test(text.slice(at + name.length, at + name.length + 12))
    && !PLACE_BEFORE.test(text.slice(Math.max(0, at - 10), at)));
}
