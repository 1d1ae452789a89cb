// An adjunct set between commas after a verb of saying, before its quotation: "Reed said, in a speech
// on Monday, “…”", "she added, quietly, “…”", "Lund said, however, “…”". It tells when, where or how
// the words were said, or links the sentence to the one before; the quotation is still the verb's
// object. (Without the commas, "said in a speech on Monday that …", the reporting parser reads it.)
//
// Either a phrase that opens with a preposition, a subordinator or an adverb in -ly, of up to ten
// words with no quotation or colon inside, or one sentence adverb of a closed class ("however",
// "for her part"), whole: "however the vote goes" is a clause, no aside.

const ADJUNCT = String.raw`(?:in|at|on|during|after|before|from|to|with|via|through|over|under|while|when|as|like|\p{Ll}+ly)(?:\s+[^\s\uE000,:;]+){0,9}`;
/** The closed class of sentence adverbs (a regular-expression source, no groups that capture). */
export const SENTENCE_ADVERB = String.raw`(?:however|though|too|also|instead|meanwhile|moreover|nonetheless|nevertheless|still|again|then|later|now|once\s+again|indeed|besides|likewise|otherwise|therefore|thus|anyway|first|next|of\s+course|for\s+(?:his|her|their|its|my|our)\s+part|for\s+example|for\s+instance|after\s+all|as\s+well|in\s+turn)`;
const ASIDE = new RegExp(String.raw`^\s*,\s+(?:${ADJUNCT}|${SENTENCE_ADVERB})\s*,\s*$`, 'u');

/** Whether `between` (the text from the cue to the quotation) is such an aside. */
export function isAdjunctAside(between: string): boolean {
  return ASIDE.test(between);
}
