// Sources named as a reader names them:
// - a title run into the name goes to the role ("Aerolux President Tom Radley" → Tom Radley,
//   role "Aerolux President"), and so does an office of a title ("White House Chief of Staff Ann
//   Roe" → Ann Roe);
// - a person quoted by surname only takes the full name the article gives ("Volker" → Kurt Volker),
//   unless two people share the surname; so does a two-word name whose first word the article also
//   writes in lower case ("Can Hallworth" of a headline is Miriam Hallworth);
// - a one-word "person" the article never gives a first name or a title, and writes after "in",
//   "from", "told" …, is a place, an outlet or a body ("Politico", "Israel"): an organisation;
//   so is one the article writes as a place ("the city of X", "X's population", place-names.ts),
//   and one whose adjective, spelling or shape shows it is no person's (name-shapes.ts);
// - a person described by one bare noun and never named ("the diplomat") is an unnamed source;
// - a one-word organisation is the longer one whose name ends or starts with it ("the Times" → New
//   York Times), when there is exactly one.

import { NAME_TITLES, ORG_WORDS, STRONG_TITLES } from '../lexicon';
import type { Entity } from '../model';
import type { Scan } from '../scan';
import { merge } from './alias-merge';
import { bodiesNamedAsPersons } from './company-names';
import { nameAfterOffice } from '../speaker-phrase';
import { placesNamedAsPersons } from './place-names';
import { nameShapes, type NameShapes } from './name-shapes';
import { mostWords, normName } from './names';
import type { Mention } from './person-mentions';

/** Before a one-word name, words that make it a place or an outlet. */
const PLACE_OR_OUTLET = /^(?:in|from|to|told|across|throughout|into|via|inside|outside|against|toward|towards)$/i;
const MAX_ENTITIES = 400;
const PLACE_FIRST = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|New|United|San|Santa|Los|Las|Saint|St\.?|Hong|Sri|Saudi|Costa|El|Great|Middle|White|Supreme|Capitol|Wall|Silicon|European|Soviet|Mount|Lake|Port|Fort|Cape)$/;

export function nameEntities(scan: Scan, entities: Entity[], mentions: readonly Mention[], lowerWords: ReadonlySet<string>): void {
  if (entities.length > MAX_ENTITIES) return;
  const live = () => entities.map((e, i) => ({ e, i })).filter(({ e }) => e.mergedInto === undefined);
  for (const { e } of live()) splitTitles(e);
  const fullBySurname = fullNames(mentions, lowerWords);
  for (const { e } of live()) if (e.kind === 'person') dropDescribingLead(e, mentions, lowerWords);
  for (const { e } of live()) if (e.kind === 'person') fullestName(e, fullBySurname, lowerWords);
  // Two entities may now carry one full name ("Radley" and "Aerolux President Tom Radley").
  mergeSameNames(entities);
  const placeLike = wordsAfterPlacePrepositions(scan.text);
  for (const { e } of live()) if (e.kind === 'person') placeOrOutlet(placeLike, e, mentions);
  const shapes = nameShapes(scan.text, mentions);
  for (const { e } of live()) if (e.kind === 'person') shapedAsNoPerson(shapes, e, mentions);
  placesNamedAsPersons(scan.text, entities, mentions);
  bodiesNamedAsPersons(scan.text, entities, mentions);
  mergeShortOrgNames(entities);
}

/** "Aerolux President Tom Radley" → names "Tom Radley", role "Aerolux President". */
function splitTitles(e: Entity): void {
  e.names = e.names.map((name) => {
    const [rest, role] = splitTitle(name);
    if (!role) return name;
    e.role ??= role;
    e.kind = 'person';
    return rest;
  }).filter((n, i, all) => all.indexOf(n) === i);
}

/** A name and the title run into it: ["Tom Radley", "Aerolux President"], or [name, null]. */
export function splitTitle(name: string): [string, string | null] {
  const words = name.split(/\s+/);
  if (words.length < 2) return [name, null];
  let at = -1;
  words.forEach((w, i) => { if (i < words.length - 1 && STRONG_TITLES.has(w.toLowerCase().replace(/\.$/, '')) && /^\p{Lu}/u.test(w)) at = i; });
  if (at < 0) return [name, null];
  // "White House Chief of Staff Ann Roe": an office of a title; the name is the last two words.
  const restAt = words[at + 1] === 'of' && words.length - at > 4 ? nameAfterOffice(words, at + 2, words.length - 1) : at + 1;
  const rest = words.slice(restAt);
  if (!rest.every((w) => /^\p{Lu}/u.test(w)) || rest.some((w) => NAME_TITLES.has(w.toLowerCase().replace(/\.$/, '')) || ORG_WORDS.has(w.toLowerCase()))) return [name, null];
  return [rest.join(' '), words.slice(0, restAt).join(' ')];
}

/**
 * "Conservative Icon Morton Blackwell" of a headline → "Morton Blackwell": leading words the article
 * also writes in lower case ("the conservative icon") describe the person, when the rest (two words
 * or more) stands alone as a name elsewhere in the text.
 */
function dropDescribingLead(e: Entity, mentions: readonly Mention[], lowerWords: ReadonlySet<string>): void {
  e.names = e.names.map((name) => {
    const words = name.split(' ');
    for (let k = 1; k <= words.length - 2; k++) {
      if (!lowerWords.has(words[k - 1]!.toLowerCase())) break;
      const rest = words.slice(k).join(' ');
      if (mentions.some((m) => m.name === rest)) return rest;
    }
    return name;
  }).filter((n, i, all) => all.indexOf(n) === i);
}

/** Words the text writes in lower case: "can", "hard", "will". */
export function lowerCaseWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.slice(0, 200_000).matchAll(/(?<![\p{L}'\u2019-])\p{Ll}+(?![\p{L}'\u2019-])/gu)) out.add(m[0]);
  return out;
}

/** A full name's first word is a name, not a word of the sentence ("Can Hallworth"). */
function firstIsName(name: string, lowerWords: ReadonlySet<string>): boolean {
  const first = name.split(/\s+/)[0] ?? '';
  return /^\p{Lu}/u.test(first) && !lowerWords.has(first.toLowerCase());
}

/** Surname → the full names (two to four words) of persons the text mentions, in order. */
export function fullNames(mentions: readonly Mention[], lowerWords: ReadonlySet<string>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const m of mentions) {
    const name = splitTitle(m.name)[0];
    const words = name.split(' ');
    // (The mention reader takes "Kurt Vollan" for a place by its ending: a name of two to four
    // words without an organisation's word or a place's first word is taken as a person here.)
    if (!m.person && (words.some((w) => ORG_WORDS.has(w.toLowerCase())) || PLACE_FIRST.test(words[0]!))) continue;
    if (words.length < 2 || words.length > 4 || !firstIsName(name, lowerWords)) continue;
    const surname = words[words.length - 1]!.toLowerCase();
    const list = map.get(surname) ?? map.set(surname, []).get(surname)!;
    if (!list.some((n) => normName(n) === normName(name))) list.push(name);
  }
  return map;
}

function fullestName(e: Entity, fullBySurname: ReadonlyMap<string, string[]>, lowerWords: ReadonlySet<string>): void {
  const fullOf = (surname: string) => {
    const full = fullBySurname.get(surname.toLowerCase()) ?? [];
    // Two people share the surname ("Joe Biden", "Hunter Biden"): no guess.
    if (new Set(full.map((n) => n.split(' ')[0]!.toLowerCase())).size !== 1) return null;
    return mostWords(full) ?? null;
  };
  // "Can Hallworth" of a headline, when the article names Miriam Hallworth: the first word is a word of
  // the sentence (the text writes it in lower case too), not a first name.
  e.names = e.names.map((n) => {
    const words = n.split(' ');
    if (words.length !== 2 || firstIsName(n, lowerWords)) return n;
    return fullOf(words[1]!) ?? n;
  }).filter((n, i, all) => all.indexOf(n) === i);
  if (e.names.some((n) => n.includes(' '))) return;
  const full = e.names[0] ? fullOf(e.names[0]) : null;
  if (full) e.names.unshift(full);
}

function mergeSameNames(entities: Entity[]): void {
  const seen = new Map<string, number>();
  entities.forEach((e, i) => {
    if (e.mergedInto !== undefined || e.kind !== 'person') return;
    for (const n of e.names) {
      if (!n.includes(' ')) continue;
      const key = normName(n);
      const other = seen.get(key);
      if (other !== undefined && other !== i && entities[other]!.mergedInto === undefined) { merge(entities, i, other); return; }
      seen.set(key, i);
    }
  });
}

/** A one-word "person" the article writes after "in", "told" …, and never gives a first name or title. */
function placeOrOutlet(placeLike: ReadonlySet<string>, e: Entity, mentions: readonly Mention[]): void {
  if (e.names.length !== 1 || e.names[0]!.includes(' ') || e.role) return;
  const name = e.names[0]!;
  if (mentions.some((m) => m.titled && m.name === name)) return;
  if (placeLike.has(name)) e.kind = 'organization';
}

/** A one-word "person" whose shape or whose adjective shows it is none ("Sweden" beside "Swedish", "SAG-AFTRA", "X-rays"). */
function shapedAsNoPerson(shapes: NameShapes, e: Entity, mentions: readonly Mention[]): void {
  if (e.names.length !== 1 || e.role) return;
  const name = e.names[0]!;
  if (mentions.some((m) => m.titled && m.name === name)) return;
  e.kind = shapes(name) ?? e.kind;
}

/**
 * "The diplomat said …", "the woman felt …" left unnamed: a person described by one bare noun, with
 * no name, title or word that tells which one, is an unnamed source to the reader, not a person
 * named "diplomat". ("The victim's mother", "the former mayor" say which one and stay persons.)
 * The sheet's label only: asked after the quote check, whose features read the kinds as
 * coreference left them (as the kind of a plural group is, plural-groups.ts).
 */
export function bareNounsAsAnonymous(entities: Entity[]): void {
  for (const e of entities) {
    if (e.mergedInto === undefined && e.kind === 'person' && !e.names.length && !e.role && e.descriptors.length > 0
      && e.descriptors.every((d) => /^\p{Ll}+$/u.test(d))) e.kind = 'anonymous';
  }
}

/** Capitalised words the text writes after "in", "from", "told" … (one pass). */
function wordsAfterPlacePrepositions(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.slice(0, 200_000).matchAll(/(?<![\p{L}'\u2019-])(\p{Ll}+)\s+(\p{Lu}[\p{L}-]*)/gu)) {
    if (PLACE_OR_OUTLET.test(m[1]!)) out.add(m[2]!);
  }
  return out;
}

/** "Times" → "New York Times", "Bloomberg" → "Bloomberg News": one longer organisation holds the word at an end. */
function mergeShortOrgNames(entities: Entity[]): void {
  entities.forEach((e, i) => {
    if (e.mergedInto !== undefined || e.kind !== 'organization' || e.names.length !== 1 || e.names[0]!.includes(' ')) return;
    const key = normName(e.names[0]!);
    if (key.length < 3) return;
    const longer = entities.map((o, k) => ({ o, k })).filter(({ o, k }) => k !== i && o.mergedInto === undefined && o.kind === 'organization'
      // ("Roscosmos and NASA" joins two bodies; it is no longer name of "Roscosmos".)
      && o.names.some((n) => { const w = normName(n).split(' '); return w.length > 1 && !/\s(?:and|&)\s/.test(n) && (w[0] === key || w[w.length - 1] === key); }));
    if (longer.length === 1) merge(entities, i, longer[0]!.k);
  });
}
