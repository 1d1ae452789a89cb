// "Senator Bob Lane said the plan was flawed. The governor said it would pass anyway.": a bare office
// that the article gives no one ("the governor") may stand for the person the story follows, but not
// when the article titles that person with another public office. A senator is no governor, and "the
// president" in a story about a senator is someone else: the office stays an unnamed holder.
// ("The candidate", "the nominee" are runs for an office, held beside any title: never in conflict.)

import type { Mention } from './person-mentions';

/** The public offices one person holds one at a time, each by the title words that give it. */
const OFFICES: readonly (readonly string[])[] = [
  ['senator', 'sen'],
  ['governor', 'gov'],
  ['president', 'pres'],
  ['vice president'],
  ['representative', 'rep', 'congressman', 'congresswoman'],
  ['mayor'],
  ['prime minister', 'premier'],
];

const TITLE_WORDS = new Map<string, number>();
OFFICES.forEach((forms, i) => forms.forEach((f) => TITLE_WORDS.set(f, i)));

/** The offices a role's words name ("senator" of "Senator", "vice president" of "vice president"), by index. */
function officesIn(role: string): Set<number> {
  const words = role.toLowerCase().replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  const found = new Set<number>();
  for (let k = 0; k < words.length; k++) {
    const two = k + 1 < words.length ? `${words[k]} ${words[k + 1]}` : '';
    if (TITLE_WORDS.has(two)) { found.add(TITLE_WORDS.get(two)!); k++; continue; }
    // ("Former Gov." is an office once held, no title of the present: the tenure test reads those.)
    if (TITLE_WORDS.has(words[k]!) && !(k > 0 && /^(?:former|ex|then)$/.test(words[k - 1]!))) found.add(TITLE_WORDS.get(words[k]!)!);
  }
  return found;
}

/**
 * Whether the article titles the person named `names` (its role `role`, or the title and apposition
 * words of a mention of one of those names) with a public office other than the one `head` names.
 */
export function holdsOtherOffice(head: string, names: readonly string[], role: string | null, mentions: readonly Mention[]): boolean {
  const wanted = officesIn(head);
  if (wanted.size === 0) return false;
  const roles = [role ?? ''];
  const own = new Set(names);
  for (const m of mentions) if (m.person && own.has(m.name)) roles.push(m.roleWords, m.apposedRole);
  const held = new Set(roles.flatMap((r) => [...officesIn(r)]));
  return held.size > 0 && ![...held].some((o) => wanted.has(o));
}
