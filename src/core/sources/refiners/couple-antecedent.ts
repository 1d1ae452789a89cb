// "Ann Roe married Tom Lund in May. The couple have since said …": "the couple", "the pair", "the
// duo", "the two" stand for the two persons the text has just named, as a "they" after "Ann Roe and
// Tom Lund" does (plural-antecedent.ts). The two are found in the phrase's own sentence before it,
// else in the sentence before: two joined by "and", else the only two people named there. With one,
// or three and more none of them joined, nothing says which two are meant, and the description
// stays as it is.

import { sentenceBefore, sentenceOf, type Scan } from '../scan';
import { lastWord } from './names';
import type { Mention } from './person-mentions';
import type { NamedPair } from './plural-antecedent';

/** The nouns that mean two people taken together. */
const COUPLE_HEADS = new Set(['couple', 'pair', 'duo', 'two']);

/** "the couple", "the pair": a description that is only such a noun after its article. */
export function isCoupleWord(head: string | null | undefined, descriptor: string): boolean {
  return !!head && COUPLE_HEADS.has(head.toLowerCase()) && descriptor.trim().toLowerCase() === head.toLowerCase();
}

/** "and" between two names, with the second one's titles: " and ", " and Dr. ". */
const AND_BETWEEN = /^\s+and\s+(?:\p{Lu}[\p{L}.]*\.?\s+){0,2}$/u;

/**
 * The two persons named before `pos` in its sentence, else in the sentence before: two joined by
 * "and" ("Ann and Tom have a son."), else the only two named there, or null.
 */
export function coupleBefore(scan: Scan, pos: number, block: number, mentions: readonly Mention[]): NamedPair | null {
  const sentence = sentenceOf(scan, block, pos);
  if (!sentence) return null;
  const own = personsIn(scan, mentions, sentence.start, pos);
  if (own.length) return twoOf(scan, own);
  const before = sentenceBefore(scan, block, sentence);
  return before ? twoOf(scan, personsIn(scan, mentions, before.start, before.end)) : null;
}

function twoOf(scan: Scan, persons: readonly Mention[]): NamedPair | null {
  for (let i = 1; i < persons.length; i++) {
    const [a, b] = [persons[i - 1]!, persons[i]!];
    if (AND_BETWEEN.test(scan.masked.slice(a.end, b.start))) return { first: a, second: b };
  }
  const distinct: Mention[] = [];
  for (const m of persons) if (!distinct.some((f) => lastWord(f.name) === lastWord(m.name))) distinct.push(m);
  return distinct.length === 2 ? { first: distinct[0]!, second: distinct[1]! } : null;
}

/**
 * The persons named in [from, to), in order; not a name that only describes the next one ("England"
 * of "England footballer Ed Lark", whose role words hold it).
 */
function personsIn(scan: Scan, mentions: readonly Mention[], from: number, to: number): Mention[] {
  return mentions.filter((m, i) => m.start >= from && m.end <= to && m.person && !describesNext(scan, m, mentions[i + 1]));
}

/** The name is a word of the next one's role ("England footballer Ed Lark"), not joined to it ("Ann and Tom"). */
function describesNext(scan: Scan, m: Mention, next: Mention | undefined): boolean {
  return !!next && next.roleWords.split(' ').includes(m.name.toLowerCase()) && !/\band\b|,/.test(scan.masked.slice(m.end, next.start));
}
