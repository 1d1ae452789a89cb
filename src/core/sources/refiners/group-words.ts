// A one-word "person" that is a party's or a people's word, not anyone's name: "the Republican
// said", "Democratic" cut from "Democratic voters are likely to say", "Japanese" of "Many Japanese
// believe", "Kurds", "Canadians". Such a word names a member of a group the article does not name
// (like "the diplomat", entity-names.ts), or the group itself: the sheet shows it as unnamed
// (anonymous). The words are a party's, a people's or a faith's (closed classes), or a known
// place's adjective or people (known-places.json, demonyms.ts). Asked last, as the sheet's label
// only: the quote check and coreference read the kinds as they were. A name the article gives in full ("Ola German") has two names, never asked.

import { genderOfGivenName } from '../gender';
import { demonymsOf } from './demonyms';
import type { Entity } from '../model';
import places from './known-places.json';

/** Words of the parties' members and of the parties as adjectives. */
const PARTY = /^(?:Republicans?|Democrats?|Democratic|Libertarians?|Dems|Tory|Tories|Conservatives|Liberals|Socialists|Communists)$/;
/** A party's one-word name that is the party itself, a body: "Labour thinks it can …". */
const PARTY_BODY = /^(?:Labour|Likud)$/;
/** Words of peoples and faiths that no place's name gives (a closed class): "Hispanics", "Kurds", "Muslims". */
const PEOPLE = /^(?:Hispanics?|Latin[oa]s|Kurds?|Jews|Muslims?|Christians|Catholics|Evangelicals|Arabs?|Sunnis|Shiites|Mormons)$/;

let demonyms: Set<string> | undefined;

/** People's words of the known places: "Japanese", "German", "Canadians", "Texans". */
function peoplesWords(): Set<string> {
  if (demonyms) return demonyms;
  demonyms = new Set();
  for (const place of places as string[]) if (!place.includes(' ')) for (const w of demonymsOf(place)) demonyms.add(w);
  for (const place of places as string[]) demonyms.delete(place);
  // (A given name is no people's word: "Christian", "Adrian".)
  for (const w of [...demonyms]) if (genderOfGivenName(w) !== null) demonyms.delete(w);
  return demonyms;
}

/** Whether one word is a party's or a people's word ("Republican", "Japanese", "Canadians"). */
export function isGroupWord(word: string): boolean {
  return PARTY.test(word) || isPeoplesWord(word);
}

/** Whether one word is a people's or a faith's word, not a party's ("Japanese", "Kurds", not "Democrats"). */
export function isPeoplesWord(word: string): boolean {
  return PEOPLE.test(word) || peoplesWords().has(word);
}

export function groupWordsAsAnonymous(entities: Entity[]): void {
  for (const e of entities) {
    if (e.mergedInto !== undefined || e.kind !== 'person' || e.names.length !== 1) continue;
    if (PARTY_BODY.test(e.names[0]!)) e.kind = 'organization';
    else if (isGroupWord(e.names[0]!)) e.kind = 'anonymous';
  }
}
