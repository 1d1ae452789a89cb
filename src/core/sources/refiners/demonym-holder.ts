// "Israeli attacks on the port went on …" read as "Israeli" attacking, "A passionate Spanish tale:
// “…”" read as "Spanish" speaking: a people's adjective alone, in its singular form, is a word whose
// noun the subject reading lost ("Israeli attacks", "Spanish tale"), not anyone who speaks or holds
// a view. (The people as a whole take the plural, "Israelis say …", people-holder.ts; a noun of its
// own, "Israeli officials", names a kind of people and stays.) As with a people, the quote keeps
// its holder and only the source line goes.

import type { Entity } from '../model';
import { isPeoplesWord } from './group-words';

/**
 * People's adjectives that no place's name gives by a regular ending (demonyms.ts): a closed class.
 * ("Swiss", "Japanese" stand for the people too, and people-holder.ts reads them.)
 */
const IRREGULAR = /^(?:French|Dutch|Spanish|Irish|Welsh|Scottish|Greek|Thai|Polish|Danish|Finnish|Czech|Flemish|Basque|Filipino)$/;
/** A plural, or a people's word that stands for the people itself ("Japanese"). */
const PLURAL_FORM = /(?:s|ese)$/;

/** Whether one word is a people's adjective in its singular form: "Israeli", "German", "Spanish". */
export function isPeoplesAdjective(word: string): boolean {
  return IRREGULAR.test(word) || (isPeoplesWord(word) && !PLURAL_FORM.test(word));
}

/**
 * An entity whose every surface form is a people's adjective alone: no source is listed. (One that
 * group-words.ts made anonymous was read as a person, "A German warned …": a member of the people,
 * an anonymous source, and stays.)
 */
export function isDemonymHolder(entity: Entity): boolean {
  if (entity.kind === 'anonymous') return false;
  const forms = [...entity.names, ...entity.descriptors].map((f) => f.trim());
  return forms.length > 0 && forms.every((f) => !/\s/.test(f) && isPeoplesAdjective(f));
}
