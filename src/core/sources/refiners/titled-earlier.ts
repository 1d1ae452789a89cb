// "Attorney General Ann Roe ordered the review. … Ms Roe has been criticised. … In April, the
// attorney general told Congress …": a bare title ("the attorney general", "the film producer") is
// the person the article gave that title to, when that person is named again close by, however far
// back the title itself stood. (Coreference looks for the title on the mentions of the last few
// paragraphs; a long article names its people by surname after the first mention, so the title is
// often further back than that.)

import { NAME_TITLES, PERSON_NOUNS } from '../lexicon';
import type { Mention } from './person-mentions';
import { isPeopleNoun } from './people-nouns';

// A past form among the words before a name is a verb and its object ("consolidated power, Nega"), no role.
const PAST_FORM = /(?:^|\s)\p{Ll}{3,}ed\s/u;

/**
 * Whether `head` names a person by a role `role` gives: a title or a person's noun, or a noun of
 * people by its shape ("the film producer", people-nouns.ts) where the words before the name are
 * no verb and its object.
 */
export function isRoleHead(head: string, role: string): boolean {
  return PERSON_NOUNS.has(head) || NAME_TITLES.has(head) || (isPeopleNoun(head) && !PAST_FORM.test(role));
}

/** The person a mention stands for: a full name, or the first full name ending in its surname. */
function personKey(m: Mention, fullNames: ReadonlyMap<string, string>): string {
  return m.name.includes(' ') ? m.name : fullNames.get(m.name) ?? m.name;
}

interface Titled {
  start: number;
  /** Role words before the name, then the apposition after it (lower case). */
  roles: string[];
}

const titlesOf = new WeakMap<readonly Mention[], Map<string, Titled[]>>();

/** Each person's titled mentions, in text order (computed once per article). */
function titlesByPerson(mentions: readonly Mention[], fullNames: ReadonlyMap<string, string>): Map<string, Titled[]> {
  let map = titlesOf.get(mentions);
  if (!map) {
    map = new Map();
    for (const m of mentions) {
      if (!m.person || (!m.roleWords && !m.apposedRole)) continue;
      const key = personKey(m, fullNames);
      const list = map.get(key) ?? [];
      list.push({ start: m.start, roles: [m.roleWords, m.apposedRole].filter(Boolean) });
      map.set(key, list);
    }
    titlesOf.set(mentions, map);
  }
  return map;
}

/**
 * The name of the person `m` names (in full where the article gives it), when that person was given,
 * at some mention before `m`, a role that `fits` (the caller's test: the title's words, its tenure),
 * and no other person was given one before `before`; else null. ("The candidate" in a story of two
 * candidates is either of them; "the attorney general" of a story that titles one person so is that one.)
 */
export function titledEarlier(
  mentions: readonly Mention[], m: Mention, fullNames: ReadonlyMap<string, string>, fits: (role: string) => boolean, before: number,
): string | null {
  const key = personKey(m, fullNames);
  const titles = titlesByPerson(mentions, fullNames);
  if (!titles.get(key)?.some((t) => t.start < m.start && t.roles.some(fits))) return null;
  for (const [other, list] of titles) {
    if (other !== key && list.some((t) => t.start < before && t.roles.some(fits))) return null;
  }
  return key;
}
