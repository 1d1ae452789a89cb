// Comparing names: normalised forms, surnames, acronyms.

import { NAME_TITLES } from '../lexicon';
import { NAME_PARTICLES } from '../titled-name';
import { withoutJoinedArticles } from '../name-word';

const LINKS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'at', '&', 'de', 'du', 'des', 'la', 'le']);

/** Lower case, no punctuation, no titles: "Mr. Obama" → "obama". */
export function normName(name: string): string {
  // ("Bashar al-Assad", "Al-Assad" and "Assad" are one surname: name-word.ts.)
  const words = withoutJoinedArticles(name).toLowerCase().replace(/['\u2019]s\b/g, '').replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/\s+/).filter(Boolean);
  while (words.length > 1 && NAME_TITLES.has(words[0]!)) words.shift();
  return words.join(' ');
}

/** Of several names, the one with the most words (the first of those): "Ann Roe" of "Roe", "Ann Roe". */
export function mostWords(names: readonly string[]): string | undefined {
  return names.length ? names.reduce((a, b) => (b.split(' ').length > a.split(' ').length ? b : a)) : undefined;
}

export function lastWord(name: string): string {
  const words = normName(name).split(' ');
  return words[words.length - 1] ?? '';
}

/**
 * "CIB" for "Central Intelligence Bureau". With `spellDotted`, a dotted abbreviation gives all its
 * letters: "USSF" for "U.S. Soccer Federation" (the form articles write; alias merging keeps "USF").
 */
export function acronymOf(name: string, spellDotted = false): string {
  return name.split(/\s+/).filter((w) => w && !LINKS.has(w.toLowerCase()) && /^\p{Lu}/u.test(w))
    .map((w) => (spellDotted && /^(?:\p{Lu}\.)+$/u.test(w) ? w.replace(/\./g, '') : w[0])).join('').toUpperCase();
}

export function isAcronym(name: string): boolean {
  return /^[A-Z][A-Z&.]{1,7}$/.test(name.replace(/\./g, '')) && name.replace(/[^A-Z]/g, '').length >= 2;
}

/** One name is the other's surname, or the same person with fewer words ("Marsh" ~ "Lena Marsh"). */
export function sameName(a: string, b: string): boolean {
  return sameKey(normName(a), normName(b));
}

/** `sameName` on names already normalised with `normName` (cheap: no regular expressions). */
export function sameKey(x: string, y: string): boolean {
  if (!x || !y) return false;
  if (x === y) return true;
  const xs = x.split(' ');
  const ys = y.split(' ');
  if (xs.length === 1 && ys.length > 1) return ys[ys.length - 1] === x;
  if (ys.length === 1 && xs.length > 1) return xs[xs.length - 1] === y;
  // "Hillary Clinton" ~ "Hillary Rodham Clinton"; "Paul D. Ryan" ~ "Paul Ryan".
  return xs.length > 1 && ys.length > 1 && (xs[0] === ys[0] && xs[xs.length - 1] === ys[ys.length - 1] || particleSurname(xs, ys) || particleSurname(ys, xs));
}

/** Particles that hold a surname of several words together ("von der Leyen", "d'Estaing" keyed "d estaing"). */
const SURNAME_PARTICLES = new Set([...NAME_PARTICLES, 'd', 'l', 'dell', 'des']);

/** Whether a key holds a surname particle before its last word (so that its last word alone is no surname). */
export function hasSurnameParticle(words: readonly string[]): boolean {
  return words.slice(0, -1).some((w) => SURNAME_PARTICLES.has(w));
}

/**
 * "von der Leyen" ~ "Ursula von der Leyen", "Giscard d'Estaing" ~ "Valéry Giscard d'Estaing": a
 * surname of several words joined by a particle, ending the fuller name. (Without a particle, "Ann
 * Roe" ending "Mary Ann Roe" may be two people, and is left to the first-and-last-word test.)
 */
function particleSurname(short: readonly string[], long: readonly string[]): boolean {
  if (short.length >= long.length || !hasSurnameParticle(short)) return false;
  const offset = long.length - short.length;
  return short.every((w, i) => long[offset + i] === w);
}

/** A head noun without its plural ending, to compare "officials" with "official", "witnesses" with "witness". */
export const stemOfHead = (word: string): string => word.replace(/(?:es|s)$/, '');
