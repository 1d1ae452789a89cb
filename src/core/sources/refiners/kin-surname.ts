// "“We need him at home,” his wife, Eva Holm, wrote. [¶] A school dropout, Holm had no training. He
// told the Times …": a surname two people of the article share (a couple, a parent and child) may
// stand for either. The name index reads the bare surname as the person last given in full, here
// the wife; she is no "he", so the pronoun passed over the sentence's subject and went back to an
// earlier speaker. Where the person the surname was read as does not fit the pronoun, the surname
// stands for another person the article gives in full with that surname who does.

import type { Mention } from './person-mentions';
import { lastWord, normName } from './names';

/** A name's possessive: "Holm's", "Meadows'". */
const POSSESSIVE = /['\u2019](?:s\b|\s|$)/u;

/**
 * For a mention of a bare surname whose reading does not fit (no possessive), the entity of the
 * nearest person before it given in full with the same surname whom `fits` accepts, or -1. `entityOf` is the caller's
 * reading of a mention; `misread` the entity the surname was read as.
 */
export function kinBySurname(text: string, mentions: readonly Mention[], m: Mention, misread: number, entityOf: (m: Mention) => number, fits: (entity: number) => boolean): number {
  const surname = normName(m.name);
  if (!surname || surname.includes(' ')) return -1;
  // ("Meadows' plans were kept so secret that Wayne King … did not learn …. He said …": an owner's
  // possessive is no subject the pronoun goes back to, whoever of the family it names.)
  if (POSSESSIVE.test(text.slice(m.start, m.end + 2))) return -1;
  for (let i = mentions.indexOf(m) - 1; i >= 0; i--) {
    const other = mentions[i]!;
    if (!other.person || !normName(other.name).includes(' ') || lastWord(other.name) !== surname) continue;
    const e = entityOf(other);
    if (e >= 0 && e !== misread && fits(e)) return e;
  }
  return -1;
}
