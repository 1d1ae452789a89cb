// "Afterwards Penny walks to the shop", "Tagged Amazon, Amazon lawsuit …", "Say Mexico refuses …":
// a capitalised run at a sentence's start may begin with an ordinary word that only the sentence
// capitalises. The word is no part of the name when news text writes it in lower case (learned
// casing), the page never capitalises it inside a sentence, it is no given name or title, and the
// page writes the rest of the name without it elsewhere ("Ban Ki-moon" keeps "Ban": "Ki-moon" never
// stands alone).

import { genderOfGivenName } from './gender';
import { NAME_TITLES } from './lexicon';
import { onlyOpensSentences } from './ordinary-words';
import { wholeWordPlaces } from '../text/word-places';

/** How many places of the rest of the name are looked at. */
const MAX_PLACES = 50;

/**
 * Whether the word from `start` to `end` opens the sentence without being part of the capitalised
 * name `rest` after it.
 */
export function isOpeningWord(text: string, start: number, end: number, rest: string): boolean {
  const word = text.slice(start, end);
  if (NAME_TITLES.has(word.toLowerCase()) || genderOfGivenName(word) !== null) return false;
  if (!onlyOpensSentences(text, start, end)) return false;
  return standsAlone(text, rest, word);
}

/** Whether `name` occurs in `text` once at least with no `word` right before it. */
function standsAlone(text: string, name: string, word: string): boolean {
  return wholeWordPlaces(text, name, MAX_PLACES).some((at) => !text.slice(Math.max(0, at - word.length - 1), at).trimEnd().endsWith(word));
}
