// "a super PAC called Future45", "the founder of a group called Citizens First, which …", "A firm
// called Brill Marine has sold …": "called", "named" or "dubbed" after an indefinite noun phrase and
// before a name is a reduced relative that gives the thing its name; nobody speaks. An indefinite
// phrase that is the object of a word before it (a verb or a preposition) cannot be the subject of
// "called"; one that opens the clause is the subject of the verb after the name. Not "…; one
// lawmaker called Trump “…”", where the phrase opens the clause and the name is an object.

import { IRREGULAR_PAST } from './attitude-lexicon';

const NAMING = /^(?:called|named|dubbed)$/;
/** The indefinite phrase right before the cue: an article or "one", up to three more words. */
const INDEFINITE_BEFORE = /(?:^|([^\s]+)\s+)(?:a|an|one|another)\s+(?:[\p{L}\d'\u2019-]+\s+){0,3}?[\p{L}\d'\u2019-]+\s+$/iu;
/** An indefinite article, words with no determiner of their own, and a lower-case noun right before the cue. */
const LONG_INDEFINITE_BEFORE = /(?<![\p{L}'\u2019-])(?:a|an)\s+(?:(?!(?:the|this|that|his|her|their|its|our|who|which)\s)[^\s;:!?\uE000]+\s+){0,5}\p{Ll}[\p{Ll}-]+\s+$/u;
/** What may stand before a phrase that opens a clause: nothing, punctuation, a conjunction. */
const OPENS_CLAUSE = /^(?:[^\p{L}\d]*|and|but|or|so|yet|while|when|because|as|after|before|if|then|since|though|although|where|whereas)$/iu;
/** The name after the cue: capitalised words (or a quotation), then the word after them. */
const NAME_THEN = /^\s+(?:\uE000+|\p{Lu}[\p{L}\d.'\u2019&-]*(?:\s+(?:of|for|the|and|de|\p{Lu}[\p{L}\d.'\u2019&-]*))*)[\s,]+(\p{Ll}+)?/u;
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|can|could|says|said)$/;

/** Whether the cue word at `cueStart` names a thing ("a group called X") rather than reports. */
export function isNamingParticiple(masked: string, sentenceStart: number, cueStart: number, word: string): boolean {
  if (!NAMING.test(word)) return false;
  // "a 52-year-old Brill, Maine, resident named Ada": "named" right after the noun of an indefinite
  // phrase, however long (an active "named" follows its subject's name or a pronoun). Whatever
  // follows is the name, capitalised or not: pages that write "a man named randall" exist.
  if (word === 'named' && LONG_INDEFINITE_BEFORE.test(masked.slice(Math.max(sentenceStart, cueStart - 80), cueStart))) return true;
  const before = INDEFINITE_BEFORE.exec(masked.slice(Math.max(sentenceStart, cueStart - 60), cueStart));
  if (!before) return false;
  const after = NAME_THEN.exec(masked.slice(cueStart + word.length, cueStart + word.length + 80));
  if (!after) return false;
  const lead = before[1] ?? '';
  // The phrase is an object ("referencing a super PAC called …", "of a group called …").
  if (!OPENS_CLAUSE.test(lead) && !/[,;:]$/.test(lead)) return true;
  // The phrase opens the clause, whose verb follows the name ("A firm called Brill Marine has sold
  // …"). "A man named Olaf Berg ran …": "named" after an indefinite phrase names whatever follows
  // (an active "a spokesman named Berg as …" is rare, unlike "a spokesman called Berg a liar").
  if (word === 'named') return true;
  const next = after[1] ?? '';
  return FINITE.test(next) || /ed$/.test(next) || IRREGULAR_PAST.has(next);
}
