// "Nadia Okafor is pipetting …" in the lede, then "“…,” Nadia explains": a person the article calls
// by the given name alone is the one it named in full with that given name, as a reader takes it,
// when the article has named exactly one such person before (or, with none before, exactly one at all).

import { genderOfGivenName } from '../gender';
import { fullPersonNames } from './full-person-names';
import type { Mention } from './person-mentions';

/**
 * The full name (two to four words) `given` stands for at `pos`, or null when none or more than one fits.
 * With `paired`, a word outside the lexicon of given names counts too: a pair ("Phil and Rebecca have
 * a son", couple-antecedent.ts) already shows it to be a person's.
 */
export function fullNameOfGiven(mentions: readonly Mention[], given: string, pos: number, paired = false): string | null {
  if (/\s/.test(given) || (!paired && genderOfGivenName(given) === null)) return null;
  const before = new Set<string>();
  const all = new Set<string>();
  for (const full of fullPersonNames(mentions)) {
    if (full.words[0] !== given) continue;
    all.add(full.name);
    if (full.start < pos) before.add(full.name);
  }
  const pool = before.size ? before : all;
  return pool.size === 1 ? [...pool][0]! : null;
}
