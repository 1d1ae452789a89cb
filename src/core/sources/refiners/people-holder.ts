// "Palestinians push …", "Most Muslims believe …", "Displaced Kurds wanted …", "Norwegians say …":
// a whole people (or a faith) as the holder of what is said or held. The quote keeps its holder, as
// a vague count's does (vague-holder.ts): the words are reported as a people's, but no person, body,
// outlet or document stands behind them that a reader could list or look up. Annotators list such a
// group at most as optional. A party's members ("Democrats said") are left alone: a party speaks as
// a body. So is any group with a noun of its own ("Kurdish officials", "Israeli prosecutors"), which
// names a kind of people, an anonymous source.

import type { Entity } from '../model';
import { isPeoplesWord } from './group-words';

/**
 * A people's plural by its ending, for places the known-places list lacks ("Bajorians", "Koreans",
 * "Guineans"). (Not "-ans" or "-is" alone: "Evans", "Davis" are surnames.)
 */
const PEOPLES_ENDING = /^\p{Lu}\p{Ll}{2,}(?:ians|eans)$/u;
/** A people's word that is itself plural ("Japanese", "Swiss" stand for the people too). */
const PLURAL_FORM = /(?:s|ese)$/;

/** Whether the last word of a phrase is a people's plural. */
function endsInPeople(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  return (isPeoplesWord(last) && PLURAL_FORM.test(last)) || PEOPLES_ENDING.test(last);
}

/**
 * "Palestinians", "most Muslims", "the Kurds", "Internally displaced Syrians": the people's plural
 * after lower-case words (a quantifier, a determiner, adjectives) or one capitalised word that opens
 * the phrase, as a sentence's first word does. (Not "Ann Evans Canadians" nor "Kurdish officials".)
 */
export function isPeoplePhrase(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (!words.length || !endsInPeople(words)) return false;
  return words.slice(1, -1).every((w) => /^\p{Ll}/u.test(w)) && (words.length === 1 || /^\p{L}/u.test(words[0]!));
}

/** An entity whose every surface form is a people's plural: its quotes keep it as holder, no source is listed. */
export function isPeopleHolder(entity: Entity): boolean {
  if (entity.kind === 'document') return false;
  const forms = [...entity.names, ...entity.descriptors];
  return forms.length > 0 && forms.every(isPeoplePhrase);
}
