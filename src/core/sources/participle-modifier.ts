// A participle with an object of its own, right after an inverted speaker's head: "…, says a report
// highlighting the rise in …", "…, said a letter urging the council to …". It tells which report;
// the speaker's phrase ends before it, and it is no clause that resumes the sentence.
//
// Only an -ing word followed by what opens its object or clause (an article, a possessive, a
// demonstrative, "that", "how", a number): "said a housing official" or "said a training officer"
// go on with a noun, and stay one phrase. Participles that are cues themselves ("saying", "adding")
// start statements of their own and are read elsewhere.

import { CUE_WORDS } from './lexicon';

const PARTICIPLE_THEN_OBJECT = /^(\p{Ll}{2,}ing)\s+(?:the|a|an|that|its|their|his|her|our|this|these|those|how|what|whether|why|\d)(?=[\s,.])/u;

/** Whether `text` opens with a participle that modifies the phrase before it ("highlighting the …"). */
export function opensParticipleModifier(text: string): boolean {
  const m = PARTICIPLE_THEN_OBJECT.exec(text);
  return Boolean(m) && !CUE_WORDS.has(m![1]!);
}
