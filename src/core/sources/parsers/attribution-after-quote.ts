// The attribution that closes a quotation which opens its sentence, read in the text after the
// closing mark: first the inverted order ("“…,” continued Holm."), then subject and verb ("“…,”
// Holm shot back."). Readers of cues that only report speech next to a quotation share this; each
// passes its own two patterns, built with the verb as one group and the speaker's phrase as the other.

/** Where the cue and the speaker's phrase lie in the text. */
export interface AfterQuoteAttribution {
  cue: string;
  cueStart: number;
  phrase: string;
  phraseStart: number;
}

/**
 * The attribution in `after` (the text from `offset`, the closing mark), or null.
 * `inverted` matches verb (group 1) then phrase (group 2); `straight` phrase (1) then verb (2).
 */
export function attributionAfterQuote(after: string, offset: number, inverted: RegExp, straight: RegExp): AfterQuoteAttribution | null {
  const verbFirst = inverted.exec(after);
  if (verbFirst) {
    return {
      cue: verbFirst[1]!, cueStart: offset + verbFirst[0].indexOf(verbFirst[1]!),
      phrase: verbFirst[2]!, phraseStart: offset + verbFirst[0].length - verbFirst[2]!.length,
    };
  }
  const subjectFirst = straight.exec(after);
  if (!subjectFirst) return null;
  return {
    cue: subjectFirst[2]!, cueStart: offset + subjectFirst[0].trimEnd().length - subjectFirst[2]!.length,
    phrase: subjectFirst[1]!, phraseStart: offset + subjectFirst[0].indexOf(subjectFirst[1]!),
  };
}
