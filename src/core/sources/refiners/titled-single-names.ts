// "Pope Ovarin spoke on Sunday. … Indeed, Ovarin's message is to …. He has asked …": a name of one
// word that the article gives a title somewhere ("Pope", "Sheikh", "Mr.") reads as a person's where
// it stands without one, as a surname does when the article named its bearer in full. Without it a
// name the lexicon gives no gender ("Ovarin") never counts as a sentence's subject, and the "he" after
// goes past it to a speaker paragraphs back.

import type { Mention } from './person-mentions';

const cache = new WeakMap<readonly Mention[], Set<string>>();

/** The one-word names of persons the article gives a title at least once. */
export function titledSingleNames(mentions: readonly Mention[]): ReadonlySet<string> {
  let names = cache.get(mentions);
  if (!names) {
    names = new Set();
    for (const m of mentions) if (m.person && m.titled && !m.name.includes(' ')) names.add(m.name);
    cache.set(mentions, names);
  }
  return names;
}
