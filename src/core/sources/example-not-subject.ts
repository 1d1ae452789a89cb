// "Advance copies sold in cities like Prague and Oslo pointed to a success", "Reed, like Lund, has
// spoken about …": a name after "like" or "such as" is an example inside a prepositional phrase, or the
// term of a comparison set off as an aside, never the clause's subject. (After a bare noun it is the
// subject's example, "candidates like Reed have blasted …", and stays.)

/** "in cities like", "among groups such as": a preposition, one to three words, then "like" or "such as" (the pattern's source). */
const EXAMPLE_OPENING = String.raw`(?<![\p{L}'\u2019-])(?:in|at|from|among|across|into|to|of|for|with|on|by|near|between|around|throughout)\s+(?:[\p{L}'\u2019-]+\s+){1,3}(?:like|such\s+as)\s+`;
/** That phrase right before the subject. */
const EXAMPLE_IN_PHRASE = new RegExp(`${EXAMPLE_OPENING}$`, 'iu');
/**
 * The same with the list's earlier items ("in cities like Prague, Oslo and …"), read only when the
 * phrase itself ends the list ("Oslo and Bergen"): after "in states like Ohio, Clinton sees …" the
 * comma ends a fronted phrase and the subject follows.
 */
const LIST_IN_PHRASE = new RegExp(String.raw`${EXAMPLE_OPENING}(?:[^,;:.!?\uE000]{1,30},\s+){1,3}$`, 'iu');
const LIST_END = /\s(?:and|or)\s/;
/** ", like …", "and like …", "— like …": a comparison set off before the clause's own subject or after it. */
const COMPARISON_ASIDE = /(?:^|[,\u2014\u2013]\s*|(?<![\p{L}'\u2019-])(?:and|but)\s+)(?:just\s+|much\s+)?like\s+$/iu;

/** True when `lead`, the text right before the subject phrase `phrase`, makes the phrase an example or a comparison. */
export function isExampleNotSubject(lead: string, phrase: string): boolean {
  return EXAMPLE_IN_PHRASE.test(lead) || COMPARISON_ASIDE.test(lead) || (LIST_END.test(phrase) && LIST_IN_PHRASE.test(lead));
}
