// "Harvey Weinstein" in the lede, "Bob Weinstein" later, "Mr Weinstein" throughout: a bare surname
// stands for the first person the article names in full with it, as a reader takes it.

import { fullPersonNames } from './full-person-names';
import type { Mention } from './person-mentions';

const cache = new WeakMap<readonly Mention[], Map<string, string>>();

/** Surname → the first full name (two to four words) of a person the article mentions. */
export function firstFullNames(mentions: readonly Mention[]): Map<string, string> {
  let map = cache.get(mentions);
  if (!map) {
    map = new Map();
    for (const full of fullPersonNames(mentions)) {
      const surname = full.words[full.words.length - 1]!;
      if (!map.has(surname)) map.set(surname, full.name);
    }
    cache.set(mentions, map);
  }
  return map;
}
