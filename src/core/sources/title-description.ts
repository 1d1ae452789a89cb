// "the Health Secretary said", "the Interior Minister added": after "the", a capitalised run that
// ends on a title is a description of one person (a role and what it is of), not a name. Read as
// a name, it became a second person called "Health Secretary" beside the Priya Nandra the article
// introduced with that title; read as a description, coreference finds the person it describes.
// ("the Economist", one word, stays a name: a magazine.)

import { STRONG_TITLES } from './lexicon';

/**
 * Whether the capitalised words after "the" (`words`, the article left out) are a description: at
 * least two words, the last a title.
 */
export function isTitleDescription(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const last = words[words.length - 1]!.toLowerCase();
  return STRONG_TITLES.has(last);
}
