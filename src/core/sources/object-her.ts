// "Her mother told her enough was enough", "the minister told her the plan was dead": after a verb
// of telling, "her" may own the noun after it ("told her story") or be the one told. When a finite
// verb follows within a short noun phrase ("enough was", "the plan was"), the words after "her"
// are a clause of their own, so "her" is the object pronoun and the clause is what was told.
// (A possessive reading would leave the telling no content: "told [her enough was enough]".) Not
// before a question word: "asked her what she did" asks, it tells nothing, and stays unread here.
// Nor across a subject pronoun: "told her landlord she had …" tells the landlord (recipient-before-pronoun.ts).

const HER_THEN_CLAUSE = /^\s+her(?=\s+(?!(?:what|who|whom|whose|which|how|why|when|where|whether|if)\s)(?:(?:the|a|an|this|that|these|those|his|their|its|our|my|no|some|all|every)\s+)?(?:(?!(?:he|she|they|we|i|you|it)\s)[\p{L}'\u2019-]+\s+){0,2}?(?:was|were|is|are|had|has|have|will|would|could|can|should|must|did|does|do)\s)/iu;

/** The object pronoun " her" when a clause follows it ("told her | the plan was dead"), else null. */
export function objectHerBeforeClause(rest: string): RegExpExecArray | null {
  return HER_THEN_CLAUSE.exec(rest);
}
