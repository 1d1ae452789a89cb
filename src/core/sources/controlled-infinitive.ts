// "lobbied the minister to consider …", "a rule requiring shops to reveal prices", "asked him to
// condemn …": after a verb that hands the infinitive to its object (asking, urging, requiring,
// allowing), the infinitive's doer is that object, and the sentence's subject only asked for it. The
// subject holds no such position, and the object has taken none yet. (A reflexive object is the
// subject itself: "allowed himself to address …" stays.)

/** A verb of asking, urging or allowing, then its object (no reflexive), then "to", at the end. */
const CONTROL_THEN_OBJECT = /(?<![\p{L}'\u2019-])(?:ask(?:s|ed|ing)?|urg(?:es|ed|ing)|requir(?:e|es|ed|ing)|allow(?:s|ed|ing)?|forc(?:es|ed|ing)|prompt(?:s|ed|ing)|encourag(?:e|es|ed|ing)|push(?:es|ed|ing)|press(?:es|ed|ing)|pressur(?:es|ed|ing)|lobb(?:ies|ied|ying)|persuad(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|order(?:s|ed|ing)|invit(?:e|es|ed|ing)|permit(?:s|ted|ting)?|enabl(?:e|es|ed|ing)|challeng(?:es|ed|ing)|implor(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on)\s+(?!(?:to|for|by|himself|herself|themselves|itself|myself|ourselves|yourself)\s)[^,;:.!?\uE000\u2014]{1,50}?\s+to\s+$/iu;

/** True when `lead`, the clause up to a cue's infinitive, ends with a verb of asking or allowing and its object. */
export function isControlledInfinitive(lead: string): boolean {
  return CONTROL_THEN_OBJECT.test(lead);
}
