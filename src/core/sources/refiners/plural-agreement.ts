// "Many analysts are frustrated because they believe …": "they" wants more than one. When no rule
// found its antecedent, the looser reading's guess (the person named last) is one person, and a
// statement given to one person for "they" is given to the wrong speaker: better none. One person is
// an entity of kind person with no pair in its names ("Ann Roe and Tom Lund" are two), no plural
// head ("aides") and no name of one word in the plural's shape ("Kenyans", "Liberals": a people or a
// group the article writes as a name); organisations, groups and anonymous plurals all take "they".
// ("Roe and Lund said …. 'We …,' Roe said. They said …": when that person was quoted with another as
// a pair, the pair is the better guess.)

import type { Entity } from '../model';
import { escapeRegExp } from '../../text/escape-regexp';

const ONE_WORD_PLURAL = /^\p{Lu}[\p{L}-]*[^\sSUsu'\u2019.-]s$/u;

/** The entity can be what a plural pronoun ("they", "their", "them") stands for. */
export function fitsPlural(e: Entity, isPluralHead: (head: string) => boolean): boolean {
  if (e.kind !== 'person') return true;
  if (e.names.some((n) => /\s(?:and|&)\s/.test(n))) return true;
  // (Every name of it: "Sanders" beside "Bernie Sanders" is one man.)
  if (e.names.length && e.names.every((n) => ONE_WORD_PLURAL.test(n))) return true;
  return !e.names.length && e.heads.some(isPluralHead);
}

/** The pair `pair` ("Ann Roe and Tom Lund") names the person `one` ("Ann Roe", "Roe") as one of its two. */
export function pairHolds(pair: Entity, one: Entity): boolean {
  if (!pair.names.some((n) => /\s(?:and|&)\s/.test(n))) return false;
  const surnames = new Set(one.names.map((n) => n.split(/\s+/).at(-1)!));
  return pair.names.some((n) => n.split(/\s+(?:and|&)\s+/).some((part) => surnames.has(part.split(/\s+/).at(-1)!)));
}

/**
 * The person leads a group named just before the pronoun ("and his crew", "and her aides"): "Tom Berg and his crew met the board. They
 * …" stands for Berg with his crew, and Berg is the one the sheet can name.
 */
export function leadsGroupBefore(text: string, pos: number, one: Entity): boolean {
  const window = text.slice(Math.max(0, pos - 300), pos);
  return one.names.some((n) => new RegExp(`${escapeRegExp(n)}\\s+and\\s+(?:his|her|their)\\s+\\p{Ll}`, 'u').test(window));
}
