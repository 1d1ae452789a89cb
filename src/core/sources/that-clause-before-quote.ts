// "Berg said that after ten years of delay, “it is time to build the bridge.”": the words between
// the cue and the quotation open the reported clause ("that" and the writer's own opening of it),
// and the quotation closes it. The quotation alone drops the clause's opening, so the indirect
// reading takes the whole clause, quotation included, as annotators mark it. (Not "said during a
// rally in Ames, “…”": an adjunct of the saying, no clause, before a quotation of its own.)

/**
 * "that" (perhaps after a short object: "told the crowd that"), then at least two words of the
 * clause's own opening, closed by a comma.
 */
const THAT_CLAUSE_OPENING = /^(?:\s+[^\s\uE000,:;]+){0,3}?\s+that\s*,?\s+(?:[^\s\uE000,:;]+,?\s+){1,}?[^\s\uE000,:;]+\s*,\s*$/iu;

/** Whether `between` (cue to quotation) opens a "that" clause the quotation completes. */
export function isThatClauseBeforeQuote(between: string): boolean {
  return THAT_CLAUSE_OPENING.test(between);
}
