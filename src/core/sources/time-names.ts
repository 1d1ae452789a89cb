// Days and months are capitalised like names ("until September, its chair said", "denied Friday any
// role", "who Tuesday called …"): readers that take a capitalised word for a person or a subject
// leave these out.

/** A month name, as a pattern's alternation (capitalised, no flags needed). */
export const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A day or month name, as a pattern's alternation (capitalised, no flags needed). */
export const DAY_OR_MONTH = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|${MONTH_NAME.slice(3, -1)})`;
