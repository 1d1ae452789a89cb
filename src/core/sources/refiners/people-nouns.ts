// Unnamed people described by a noun the lexicon does not list: "the tweeter", "a film producer",
// "one villager", "the teen", "biohackers". The speaker's phrase reads any short description as
// kind "other" (a thing, a quantity, a place) unless its head is one of the lexicon's person nouns;
// a source whose head names a person by its shape (an agent noun: "-er", "-or", "-ist", "-ian") or
// by one of the few common words for people at large ("teen", "children", "relative") is an
// unnamed source, "anonymous", as "the official" is. The sheet's label only: asked after the quote
// check, like bareNounsAsAnonymous (entity-names.ts), so coreference and the check read the kinds
// as before.

import { ORG_NOUNS, PERSON_NOUNS } from '../lexicon';
import type { Attribution, Entity } from '../model';

/** Words for people that no suffix shows ("teen", "kids", "the relative"), singular and plural. */
const PEOPLE_WORDS = new Set([
  'teen', 'teens', 'teenager', 'teenagers', 'child', 'children', 'kid', 'kids', 'youth', 'youths', 'boy', 'boys',
  'girl', 'girls', 'adult', 'adults', 'relative', 'individual', 'individuals', 'elder', 'elders', 'academic',
  'academics', 'medic', 'medics', 'boss', 'bosses', 'troll', 'trolls', 'general', 'generals', 'partner', 'partners',
  'uncles', 'aunts', 'nephew', 'niece', 'grandson', 'granddaughter', 'fiancé', 'fiancée', 'spouse', 'guard', 'guards',
]);
/** An agent noun's ending: "dispatcher", "instructors", "biohackers", "meteorologist", "politicians". */
const AGENT = /^\p{Ll}{3,}(?:er|or|ist|ian)s?$/u;
/**
 * Words of those endings that name things, not people: "flowers", "reserve powers", "a playlist". A
 * source's noun that speaks is rarely one, but these are common enough to be a misread head.
 */
const NOT_AGENT = /^(?:pow|flow|pap|lett|numb|ord|matt|wat|cent|bord|chapt|answ|corn|lay|canc|quart|summ|wint|weath|oth|fing|cov|tow|met|filt|bann|post|stick|trail|fold|theat|monst|comput|serv|brows|print|scann|count|contain|charact|show|riv|silv|dinn|butt|pepp|rubb|timb|fev|hamm|ladd|paramet|diamet|charg|log|hung|thund|murd|cap|chamb|clust|barri|disast|encount|manufactur|mann|memb|rend|sist|broth|moth|fath|daught)ers?$|^(?:err|fact|sect|col|colo|mirr|mot|vect|flo|do|horr|hon|hum|lab|fav|rum|harb|behavi|terr|tract|maj|min|interi|exteri|superi|indicat|calculat|generat|elevat|monit|radiat|refrigerat|ventilat|escalat|accelerat|simulat)(?:o)?rs?$|(?:play|check|wish|black|white|short|long|set|hit|price|wait|task|bucket|mailing|watch)lists?$|^(?:median|meridian|exist|assist|consist|insist|persist|resist|desist|heist|twist|wrist)s?$/u;

/** Whether a description's head noun names a person: a listed person noun, a word for people, or an agent noun. */
export function isPeopleNoun(head: string): boolean {
  const word = head.toLowerCase();
  // ("editor-in-chief", "great-grandfather": the person is one of the hyphened words.)
  const parts = word.includes('-') ? word.split('-') : [word];
  // (A body's noun of the same shape is a body's: "newspaper", "broadcaster", "manufacturer".)
  return parts.some((w) => PERSON_NOUNS.has(w) || PEOPLE_WORDS.has(w) || (AGENT.test(w) && !NOT_AGENT.test(w) && !ORG_NOUNS.has(w.replace(/s$/, ''))));
}

/** A share or a count ("60 percent of founders", "Two out of three founders"): a poll's holders keep their kind. */
const COUNTED = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|third|thirds|quarter|percent|cent|most|many|some)\b/i;

/**
 * Kind "other" sources never named, every head a person's noun, that make a statement: unnamed
 * sources ("the tweeter"). (One that only holds positions stays: the sheet leaves out a thing's
 * description that only holds positions, build-sources.ts, and "the pro golfer addressed the
 * issue" is no statement to list a new source for.)
 */
export function peopleNounsAsAnonymous(entities: Entity[], quotes: readonly Pick<Attribution, 'entity' | 'attitude'>[]): void {
  const speaking = new Set(quotes.filter((q) => !q.attitude).map((q) => q.entity));
  entities.forEach((e, i) => {
    if (e.mergedInto !== undefined || e.kind !== 'other' || e.names.length || !e.heads.length || !speaking.has(i)) return;
    if (e.descriptors.some((d) => COUNTED.test(d))) return;
    if (e.heads.every(isPeopleNoun)) e.kind = 'anonymous';
  });
}

/** A plural person's noun: "authors", "researchers", "men" (not "boss", "witness"). */
export function isPluralPeopleNoun(head: string): boolean {
  const word = head.toLowerCase();
  if (/^(?:people|men|women|children|spokespeople|spokesmen|police)$/.test(word)) return true;
  return /[^su]s$/.test(word) && isPeopleNoun(word) && isPeopleNoun(word.slice(0, -1));
}

/**
 * "The authors of the study said …", "the researchers found …": a "person" described only by a plural
 * of people is a group, an unnamed source, as plural-groups.ts makes the plurals that look like names.
 */
export function pluralPeopleAsAnonymous(entities: Entity[]): void {
  for (const e of entities) {
    if (e.mergedInto === undefined && e.kind === 'person' && !e.names.length && !e.role && e.heads.length > 0 && e.heads.every(isPluralPeopleNoun)) e.kind = 'anonymous';
  }
}
