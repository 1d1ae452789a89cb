// "…, the national government delegate in Valencia, Ana Roig, told reporters.", "“…,” the UN
// undersecretary for legal affairs, Ada Lind, told the court.": after the content and its comma (or
// its quotation), a description in lower case set off before a person's name is that person's role,
// as "The company's chief executive, Alan Frost, told …" is. Where the description's head is a noun
// the lexicon does not hold ("delegate", "undersecretary") and a phrase follows it, the description
// reader takes nothing, and the cue was left with no subject at all.
//
// A conjunction may join the clause ("…, but the town's fire chief, Ana Roig, said …"); the
// description starts after it. Only an article or an owner's possessive first, a lower-case word among the rest, at most ten
// words, and no word that opens or carries a clause (a relative pronoun, an auxiliary, a verb of
// saying): what stands between the two commas is then a noun phrase, no clause of the content.

/** A joining conjunction, then an article or an owner's possessive, then the description's words. */
const DESCRIPTION = /^(\s*(?:(?:and|but|while|yet)\s+)?)(?:the|a|an|\p{Lu}[\p{L}.-]*['\u2019]s)\s+[^]*\p{Ll}{3}/u;
const CLAUSE_WORD = /\b(?:who|whom|whose|which|that|is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|did|does|do|said|says|told|tells|not)\b/i;
const MAX_WORDS = 10;
/** What may stand right before the description: the comma that ends the content, or a quotation's closing mark. */
const CONTENT_END = /[,\uE000\u201d"'\u2019]\s*$/;

/**
 * Where the description starts in `lead`, the segment before the name's comma, or -1 when `lead` is
 * no such description; `before` is the text of the clause before it up to the segment's start.
 */
export function descriptionAfterContent(lead: string, before: string): number {
  const m = DESCRIPTION.exec(lead);
  if (!m || !CONTENT_END.test(before) || CLAUSE_WORD.test(lead)) return -1;
  return lead.trim().split(/\s+/).length <= MAX_WORDS ? m[1]!.length : -1;
}
