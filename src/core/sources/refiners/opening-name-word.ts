// "Tove Arnesen said …", then "Tove added …": an article that calls a person by the first word of
// the full name it gave (a given name, or a surname written first: "Wu Lin" then "Wu") names one
// person, and the sheet lists her once. Coreference takes a given name to its full name only when
// the word is a known given name (given-name-full.ts); a word no list holds ("Tove", "Wu") became a
// source of its own, a second line for one person. Asked once the speakers are settled, as the
// sheet's list only: a one-word name that opens exactly one full person name among the sources
// and in the text ("Kelly Blasts Harry", a headline read as a name, is not the "Kelly Osbourne" the
// text names), and ends none (a surname of someone else) and is no known place ("Jordan", "Israel"
// before "Israel Katz"), is that person.

import type { Entity } from '../model';
import { knownPlaceName } from './known-places';
import { merge, PAIR } from './alias-merge';
import { isAcronym } from './names';
import { NAME_PARTICLES } from '../titled-name';

/** One capitalised word of letters: "Tove", "Al-Amin"; not "U.S.", "iPhone", "2024". */
const ONE_WORD = /^\p{Lu}[\p{Ll}'\u2019-]+$/u;
/** A capitalised word of a full name, or a particle inside it ("Ana de Souza", "Lee Jae-myung"). */
const NAME_WORD = /^\p{Lu}[\p{L}.'\u2019-]*$/u;
const isNameWord = (w: string) => NAME_WORD.test(w) || NAME_PARTICLES.has(w);

export function mergeOpeningNameWords(entities: Entity[], text: string): void {
  entities.forEach((e, i) => {
    if (e.mergedInto !== undefined || e.kind === 'anonymous' || e.kind === 'document') return;
    const word = oneWordName(e);
    if (!word || isAcronym(word) || knownPlaceName(text, word)) return;
    const opening = entities.flatMap((f, k) => (k !== i && f.mergedInto === undefined && f.kind === 'person' && f.names.some((n) => opens(n, word)) ? [k] : []));
    if (opening.length !== 1) return;
    if (otherNameFollows(text, word, entities[opening[0]!]!.names)) return;
    // ("Lund" beside "Lund Berg" and "Ada Lund": a surname too, so no one's for sure.)
    const ending = entities.some((f, k) => k !== i && f.mergedInto === undefined && f.names.some((n) => n.includes(' ') && n.split(/\s+/).pop() === word));
    if (!ending) merge(entities, i, opening[0]!);
  });
}

/**
 * Whether the text writes the word before a capitalised word that no full name of the person has
 * there: "Kelly Osbourne" beside the source "Kelly Blasts Harry", "Tove Dahl" beside "Tove Arnesen".
 */
function otherNameFollows(text: string, word: string, names: readonly string[]): boolean {
  const seconds = new Set(names.map((n) => n.split(/\s+/)[1]));
  const after = new RegExp(`\\b${word}\\s+(\\p{Lu}[\\p{L}-]*)`, 'gu');
  for (const m of text.matchAll(after)) if (!seconds.has(m[1]!)) return true;
  return false;
}

/** The entity's one name when every name it has is that one word. */
function oneWordName(e: Entity): string | null {
  const names = new Set(e.names);
  if (names.size !== 1) return null;
  const name = [...names][0]!;
  return ONE_WORD.test(name) ? name : null;
}

/** A full person name of two to four words that begins with the word ("Tove Arnesen"), not a pair. */
function opens(name: string, word: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words[0] === word && !PAIR.test(name) && words.every(isNameWord);
}
