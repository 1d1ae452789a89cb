// "According to Tove the best time to visit is April": some writers set no comma after the source
// of a fronted "according to". Read to the next comma, the source phrase would swallow the
// statement's subject and most of its clause ("Tove the best time to visit …") and the content
// would be whatever follows a later comma. A name (capitalised words) followed by a word that can
// only open a clause's subject (a determiner or a subject pronoun) ends there: the clause is the
// content. ("According to the Courier's survey the …", a phrase that opens lower-case, is left as it
// reads: where such a phrase ends cannot be told from its shape.)

import { NAME_WORD_START } from '../name-word';

/** One to four capitalised words, then a determiner or a subject pronoun and a space. */
const BARE_NAME = new RegExp(
  String.raw`^(${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){0,3})\s+(?=(?:the|a|an|this|these|those|its|their|his|her|it|they|he|she|we|there|most|many|some|every|no)\s)`,
  'u',
);

/** The length of a bare name that opens `phrase` (the words after a fronted "according to" up to its comma), or null. */
export function bareNameLength(phrase: string): number | null {
  const m = BARE_NAME.exec(phrase);
  // (A name ending in a possessive owns the next noun: "According to Tove's survey the …" is no bare name.)
  if (!m || /['\u2019]s?$/.test(m[1]!)) return null;
  return m[1]!.length;
}
