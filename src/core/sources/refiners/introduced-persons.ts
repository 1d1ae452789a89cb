// "Dr. Tiwo Okonkwo, the director of the clinic, …" early on, "During a call, Okonkwo paused, …"
// later: a surname reads as a person's when the article introduced the full name it stands for with
// a title or a description, as it does when the given name is a common one ("Donna", "Paul"). A
// given name the lexicon does not know ("Tiwo") tells nothing; the title the article gave does.

import type { Mention } from './person-mentions';

const cache = new WeakMap<readonly Mention[], Set<string>>();

/** The full names (two words or more) of persons the article gives a title ("Dr.", "Mayor") or a description in apposition. */
export function introducedPersons(mentions: readonly Mention[]): ReadonlySet<string> {
  let names = cache.get(mentions);
  if (!names) {
    names = new Set();
    // (A full name only: a surname stands for it. "his brother, Freddy," gives no surname.)
    for (const m of mentions) if (m.person && (m.titled || m.apposedRole) && m.name.includes(' ')) names.add(m.name);
    cache.set(mentions, names);
  }
  return names;
}
