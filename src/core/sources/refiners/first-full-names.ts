// "Harvey Weinstein" in the lede, "Bob Weinstein" later, "Mr Weinstein" throughout: a bare surname
// stands for the first person the article names in full with it, as a reader takes it.

import type { Mention } from './person-mentions';

const cache = new WeakMap<readonly Mention[], Map<string, string>>();

/** Surname → the first full name (two to four words) of a person the article mentions. */
export function firstFullNames(mentions: readonly Mention[]): Map<string, string> {
  let map = cache.get(mentions);
  if (!map) {
    map = new Map();
    for (const m of mentions) {
      if (!m.person) continue;
      const words = m.name.split(' ');
      if (words.length >= 2 && words.length <= 4 && !map.has(words[words.length - 1]!)) map.set(words[words.length - 1]!, m.name);
    }
    cache.set(mentions, map);
  }
  return map;
}
