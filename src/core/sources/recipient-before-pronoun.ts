// "Lund told police he feared for his safety", "told his lawyer she had seen the boat": after a verb
// of telling, a short lower-case noun phrase that a subject pronoun follows is the one told. A
// pronoun in the subject form cannot go on an object's noun phrase, so the reported clause opens
// there, whichever noun was told ("police", "officers", "his lawyer", "a neighbour").

const WORD = String.raw`(?!(?:that|what|how|why|whether|if|when|where|who|which|so|then|also|again|now|only|as|while|because|after|before|since|until|though|although|once|unless|and|but|or|yet|even|just|not|never)\s)[\p{Ll}-]+`;
const RECIPIENT_THEN_SUBJECT = new RegExp(String.raw`^\s+(?:(?:the|a|an|his|her|their|its|our|my)\s+)?(?:${WORD}\s+){0,2}?${WORD}(?=\s+(?:he|she|they|we|I)\s)`, 'u');

/**
 * The one told, as matched text (leading space included), when a noun phrase of up to three
 * lower-case words (an article or a possessive first, perhaps; no word that opens a clause, "asked me
 * how I …", "warns Ada Roe as she urged …") stands between the cue and a subject pronoun; else null.
 */
export function recipientBeforePronoun(rest: string): RegExpExecArray | null {
  return RECIPIENT_THEN_SUBJECT.exec(rest);
}
