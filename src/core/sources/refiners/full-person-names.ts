// The persons an article names in full, in the order it names them: a mention of a person whose
// name runs two to four words ("Dana Whitfield", "Maria de la Cruz"), the forms a given name
// alone or a surname alone can stand for. One word is no full name; five are rarely one name.

import type { Mention } from './person-mentions';

export interface FullPersonName {
  /** The name as the mention carries it, words joined by single spaces. */
  name: string;
  words: readonly string[];
  /** Where the mention starts in the text. */
  start: number;
}

const MIN_WORDS = 2;
const MAX_WORDS = 4;
const cache = new WeakMap<readonly Mention[], FullPersonName[]>();

/** Every mention of a person by a name of two to four words, in the text's order. */
export function fullPersonNames(mentions: readonly Mention[]): readonly FullPersonName[] {
  let names = cache.get(mentions);
  if (!names) {
    names = [];
    for (const m of mentions) {
      if (!m.person) continue;
      const words = m.name.split(' ');
      if (words.length >= MIN_WORDS && words.length <= MAX_WORDS) names.push({ name: m.name, words, start: m.start });
    }
    cache.set(mentions, names);
  }
  return names;
}
