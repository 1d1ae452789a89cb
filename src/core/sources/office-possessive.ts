// "the Millbrook Sheriff's Office", "the Attorney General's Office", "the Governor's Office": a
// body named for the office that heads it writes the title as a possessive inside its name. The
// possessive is no owner there (a sheriff owns no office the way "Russia's Foreign Ministry" is
// Russia's): the name runs on through it, so that "Ada Lund of the Port Ellis Sheriff's Office"
// reads as a person of a body, as "of the Port Ellis Police Department" does.

import { NAME_TITLES, ORG_WORDS } from './lexicon';

const POSSESSIVE_END = /['\u2019]s?$/;

/**
 * Whether `possessive` (a capitalised word ending in "'s") is an office's title inside the name of
 * the body `after` (the capitalised words that follow it, one of them a body's word).
 */
export function isOfficeTitlePossessive(possessive: string, after: readonly string[]): boolean {
  if (!/^\p{Lu}/u.test(possessive) || !POSSESSIVE_END.test(possessive)) return false;
  const title = possessive.replace(POSSESSIVE_END, '').toLowerCase();
  return NAME_TITLES.has(title) && after.length > 0 && after.length <= 3
    && after.every((w) => /^\p{Lu}/u.test(w)) && after.some((w) => ORG_WORDS.has(w.toLowerCase()));
}
