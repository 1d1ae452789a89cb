// Whether a capitalised name the article uses may be a person's, so that "he" and "she" never stand
// for "Palo Alto" or "California" that a parser read as someone who acts or speaks. A name the
// article also uses as a place ("in Palo Alto,", "across California and …") is no person, unless
// the article gives a person away behind it: a title or honorific ("Mr. Vik"), a given name
// ("Helen Marsh"), a description beside the name ("Ola Vik, a 55-year-old welder,"), the surname
// alone ("Vik said"), or for a single word a person of that surname named in full.

import { escapeRegExp } from '../../text/escape-regexp';
import { genderOfGivenName } from '../gender';
import type { Mention } from './person-mentions';

// What may follow a place's name: a stop or comma, or a word that opens the next phrase.
const PLACE_END = String.raw`(?=\s*[,.;:)]|\s+(?:and|or|on|in|to|for|with|where|which|that|as|at|by|from|since|last|this|next|earlier|later)\b)`;

export interface PersonEvidence {
  /** Whether one of these names (of one entity) reads as a person's. */
  (names: readonly string[]): boolean;
  /**
   * The positive evidence alone: a title, a given name, a description or the surname alone gives a
   * person away behind this name (no place use weighed against it).
   */
  byName(name: string): boolean;
}

function personByName(mentions: readonly Mention[]): (name: string) => boolean {
  const titled = new Set<string>();
  const described = new Set<string>();
  const single = new Set<string>();
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (!m.person) continue;
    const words = m.name.split(' ');
    if (m.titled) titled.add(m.name);
    if (m.apposedRole) described.add(m.name);
    if (words.length === 1) single.add(m.name);
    else if (words.length <= 4) surnames.add(words[words.length - 1]!);
  }
  return (name: string): boolean => {
    const words = name.split(' ');
    if (titled.has(name)) return true;
    if (words.length === 1) return surnames.has(name);
    return genderOfGivenName(words[0]!) !== null || described.has(name) || single.has(words[words.length - 1]!)
      || titled.has(words[words.length - 1]!);
  };
}

export function personEvidence(mentions: readonly Mention[], text: string): PersonEvidence {
  const one = personByName(mentions);
  // Counter-evidence: the name is used as a place somewhere ("in China,", "across Colorado and …"),
  // the whole name ending there (not "faith in Trump's plan", "in Trump Tower").
  // (One search per name and article: pronouns ask about the same few entities again and again.)
  const places = new Map<string, boolean>();
  const placeLike = (name: string): boolean => {
    let found = places.get(name);
    if (found === undefined) {
      found = new RegExp(`(?:^|[^\\p{L}])(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Oo]utside|[Nn]ear)\\s+${escapeRegExp(name)}${PLACE_END}`, 'u').test(text);
      places.set(name, found);
    }
    return found;
  };
  return Object.assign((names: readonly string[]) => names.some(one) || !names.some(placeLike), { byName: one });
}

