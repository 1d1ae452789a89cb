// "Former area councillor, Seabata Moeketsi, said …", "Police spokesperson, Ada Lund, told …": a
// sentence may open on the person's role with no article, set off by a comma before the name, as
// many papers write it. The role is the named person's description, as "One delegate not on the
// slate, Kelly Roe, told …" is; without the article the description reader did not take it, and the
// cue was left with no subject.
//
// Only a short phrase of words in lower case after its first, ending in one person's noun
// ("councillor", "spokesperson", "mother"): no preposition or article inside ("Speaking to reporters"
// and "Like other teachers" are adjuncts), no participle or adverb first ("Asked", "Separately"), and
// no plural head (a role given to one named person is singular).

import { isPersonWord } from './occupation-title';

const BARE_ROLE = /^\s*\p{Lu}\p{Ll}+(?:[\s-]+\p{Ll}+){0,3}\s*$/u;
const LINK_WORDS = new Set(['to', 'of', 'in', 'at', 'for', 'with', 'by', 'on', 'from', 'about', 'and', 'or', 'but', 'the', 'a', 'an',
  'as', 'like', 'unlike', 'after', 'before', 'than', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'another',
  'one', 'every', 'each', 'some', 'many', 'most', 'other', 'such', 'yet', 'so', 'also']);
const NOT_FIRST = /(?:ing|ed|ly)$/;

/** Whether `lead` (the segment before the name's comma, at the sentence's start) is such a role. */
export function isBareRoleLead(lead: string): boolean {
  if (!BARE_ROLE.test(lead)) return false;
  const words = lead.trim().toLowerCase().split(/[\s-]+/);
  if (words.some((w) => LINK_WORDS.has(w)) || NOT_FIRST.test(words[0]!)) return false;
  const head = words[words.length - 1]!;
  return isPersonWord(head) && !/[^s]s$/.test(head);
}
