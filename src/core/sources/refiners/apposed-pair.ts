// "Ann Roe, a farmer from Dayton, and Tom Lund, a teacher in Akron, met on Sunday. They said …":
// two persons named together, each with an apposition of their own, are the pair a "they" stands
// for, as "Ann Roe and Tom Lund met …" is (plural-antecedent.ts). The pair reader asked for a bare
// "and" between the two names and a plural verb right after the second, so the appositions hid the
// pair, the "they" found no antecedent and the statement was lost. An apposition here is what
// describes a person between commas: an age, or an article or possessive and a few words with no
// clause's "and" or stop inside.

/** The words of an apposition: an age, or an article or possessive and a few words ("42", "a farmer from Dayton", "his neighbour"). */
export const APPOSITION_WORDS = String.raw`(?:\d{1,3}|(?:a|an|the|his|her|their|its)\s+[^,;:.!?\uE000]{1,60}?)`;
/** An apposition set off by commas: ", 42,", ", a farmer from Dayton,", ", his neighbour,". */
const APPOSITION = String.raw`,\s+${APPOSITION_WORDS},`;
/** Between the two names: the first one's apposition, "and", the second one's titles. */
const APPOSED_AND = new RegExp(String.raw`^${APPOSITION}\s+and\s+(?:\p{Lu}[\p{L}.]*\.?\s+){0,2}$`, 'u');
/** After the second name: its apposition, up to the verb. */
const APPOSITION_AFTER = new RegExp(String.raw`^${APPOSITION}`, 'u');
/** "and" inside an apposition joins a clause or a second person ("a farmer and his wife"): no apposition of one. */
const JOINS = /\band\b/;

/** The words between two names are the first one's apposition and "and" (", a farmer, and "). */
export function isApposedAnd(between: string): boolean {
  const m = APPOSED_AND.exec(between);
  return !!m && !JOINS.test(m[0].replace(/,\s+and\s+[^,]*$/, ''));
}

/** The text after a name past its apposition (", a teacher in Akron, met …" → " met …"), or the text as it is. */
export function pastApposition(after: string): string {
  const m = APPOSITION_AFTER.exec(after);
  return m && !JOINS.test(m[0]) ? after.slice(m[0].length) : after;
}
