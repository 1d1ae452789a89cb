// A person's name after a description that ends in a title or a role noun: "New York City Mayor
// Bill de Blasio", "Department of Correction spokesman Jason Kersten", "VFI Chief Executive Padraig
// Cribben", "the authority's chief executive, Gary Scott". A reader names the person, and reads the
// description before the name as the role; the name reader alone takes the whole capitalised run
// for a name, or the body it opens with for the speaker.

import { FUNCTION_CAPS, NAME_TITLES, ORG_WORDS, PERSON_NOUNS } from './lexicon';
import { isNameWord } from './name-word';

/** Title words that only modify the title after them ("Vice President", "Acting Attorney", "State Senator"). */
const MODIFYING_TITLES = new Set([
  'vice', 'prime', 'foreign', 'defense', 'defence', 'deputy', 'acting', 'former', 'ret', 'retired', 'state', 'house',
  'senate', 'majority', 'minority', 'first', 'democratic', 'republican', 'gop', 'general',
]);
/** People nouns that name no title ("Right Women PAC", "a family friend"). */
const NOT_TITLES = new Set(['man', 'woman', 'men', 'women', 'people', 'person', 'family', 'source', 'friend']);
/** Honorifics: the name reader keeps them out of the role and joins "Mr. Varga and Mr. Lund" itself. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady']);
/** Lower-case words inside a person's name ("Bill de Blasio", "Ursula von der Leyen"). */
export const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'da', 'di', 'du', 'del', 'la', 'le', 'dos', 'das']);
const MAX_NAME_WORDS = 5;

const bare = (word: string) => word.toLowerCase().replace(/[.,]+$/, '');

/** A title or a singular role noun that a name can follow: "Mayor", "spokesman", "Executive", "Vice-President". */
export function isTitleHead(word: string): boolean {
  const w = bare(word).split('-').pop()!;
  if (MODIFYING_TITLES.has(w) || NOT_TITLES.has(w) || HONORIFICS.has(w)) return false;
  return NAME_TITLES.has(w) || (PERSON_NOUNS.has(w) && !/s$/.test(w));
}

/**
 * A name read from a description ending in a title ("VFI Chief Executive", "Vice President"): its
 * last word is a title or a singular role noun, which no person's name ends in.
 */
export function endsInTitle(name: string): boolean {
  const last = name.trim().split(/\s+/).pop();
  return !!last && isTitleHead(last);
}

/**
 * A title with the body it heads after "of", read as a name ("Minister of Natural Resources",
 * "Director of Public Prosecutions"): an office, no person's name, which opens with no title.
 */
export function isTitleOfBody(phrase: string): boolean {
  const m = /^(?:the\s+)?(\p{Lu}[\p{L}-]*)\s+of\s+(?:the\s+)?\p{Lu}/u.exec(phrase.trim());
  return !!m && isTitleHead(m[1]!);
}

/** A word of a person's name: capitalised and naming no title, body or role, or a particle inside it. */
function isPersonNameWord(word: string): boolean {
  if (NAME_PARTICLES.has(word)) return true;
  const w = bare(word);
  const tail = w.split('-').pop()!;
  return isNameWord(word) && !ORG_WORDS.has(w) && !NAME_TITLES.has(tail) && !PERSON_NOUNS.has(tail) && !FUNCTION_CAPS.has(w);
}

/**
 * The index of the first word of the person's name that ends `words` (up to `last`), when a title
 * or role noun stands right before it, or a comma after a description holding one ("… Zone
 * Authority, Gary Scott"); -1 when there is none. `commaBefore(i)`: whether a comma ends word i.
 */
export function titledNameStart(words: readonly string[], last: number, commaBefore: (i: number) => boolean): number {
  if (!isPersonNameWord(words[last]!) || NAME_PARTICLES.has(words[last]!)) return -1;
  let start = last;
  while (start - 1 >= 0 && last - start + 1 < MAX_NAME_WORDS && isPersonNameWord(words[start - 1]!) && !commaBefore(start - 1)) start--;
  while (start < last && NAME_PARTICLES.has(words[start]!)) start++;
  if (start < 1) return -1;
  const before = words[start - 1]!;
  if (isTitleHead(before) && !commaBefore(start - 1)) return start;
  // "the authority's chief executive, Gary Scott": an apposition after a description that holds a
  // title, and ends in one, in a body's word or in a lower-case word (not "Rep. Ann Lee, Tom Hale").
  if (commaBefore(start - 1) && last > start && words.slice(0, start).some(isTitleHead)
    && (isTitleHead(before) || ORG_WORDS.has(bare(before)) || /^\p{Ll}/u.test(before))) return start;
  return -1;
}
