// A sentence adverb set between commas after a verb of saying, before its quotation: "Lund said,
// however, “…”", "she added, too, “…”", "Holm replied, for her part, “…”". It links the sentence to
// the one before; the quotation is still the verb's object. (Adjuncts of occasion and adverbs in
// -ly are adjunct-before-quote.ts's; these connectives are a closed class, listed here.)

const SENTENCE_ADVERB = String.raw`(?:however|though|too|also|instead|meanwhile|moreover|nonetheless|nevertheless|still|again|then|later|now|once\s+again|indeed|besides|likewise|otherwise|therefore|thus|anyway|first|next|of\s+course|for\s+(?:his|her|their|its|my|our)\s+part|for\s+example|for\s+instance|after\s+all|as\s+well|in\s+turn)`;
const ADVERB_ASIDE = new RegExp(String.raw`^\s*,\s+${SENTENCE_ADVERB}\s*,\s*$`, 'i');

/** Whether `between` (the text from the cue to the quotation) is only such an adverb between commas. */
export function isSentenceAdverbAside(between: string): boolean {
  return ADVERB_ASIDE.test(between);
}
