// "With the losses of Ann Rowe in 1980, Bo Lund in 1984, and Cal Dee in 1988, Liberals began to
// think …": an opening adverbial whose object is a list runs over commas, and each item after the
// first looks like the start of the main clause (a name, then a lower-case word). Its items repeat
// one shape, a name and the same preposition ("Bo Lund in 1984", "Cal Dee in 1988"); a subject is
// followed by its verb, not by such a phrase and the next item.

/** After a name: a phrase on a preposition up to a comma, then another item on that preposition. */
const PARALLEL_ITEM = /^\s+(in|at|on|during|from|of|for|with)\s+[^,;:\uE000]{1,40},\s+(?:(?:and|or)\s+)?\p{Lu}[^,;:\uE000]{0,40}?\s\1\s/u;

/** True when `rest`, the text right after a name read as a subject, shows it is one item of a list. */
export function isOpeningListItem(rest: string): boolean {
  return PARALLEL_ITEM.test(rest);
}
