// "The reason was never released by the school", "he was not opposed by the chairman, but by …": a
// negated passive says the agent did not do it, so the agent holds no position on the subject (a
// denial of a deed, not a statement of the agent's).

const NEGATION = /(?:(?<![\p{L}'\u2019-])(?:not|never|cannot)|n['\u2019]t)(?![\p{L}'\u2019-])/u;

/** True when `passive`, the words from the auxiliary to the participle, are negated. */
export function isNegatedPassive(passive: string): boolean {
  return NEGATION.test(passive);
}
