// An adjunct set between commas after a verb of saying, before its quotation: "Reed said, in a speech
// on Monday, “…”", "she added, quietly, “…”". It tells when, where or how the words were said; the
// quotation is still the verb's object. (Without the commas, "said in a speech on Monday that …", the
// reporting parser reads it.)
//
// Only a phrase that opens with a preposition, a subordinator or an adverb in -ly, of up to ten
// words with no quotation or colon inside.

const ADJUNCT_ASIDE = /^\s*,\s+(?:in|at|on|during|after|before|from|to|with|via|through|over|under|while|when|as|like|\p{Ll}+ly)(?:\s+[^\s\uE000,:;]+){0,9}\s*,\s*$/u;

/** Whether `between` (the text from the cue to the quotation) is such an aside. */
export function isAdjunctAside(between: string): boolean {
  return ADJUNCT_ASIDE.test(between);
}
