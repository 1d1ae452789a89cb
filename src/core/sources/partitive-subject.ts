// "Some of the skippers think …", "Most of his neighbours oppose …", "None of the traders wanted …":
// a quantifier with "of" and a determined plural noun is a share of a group, and the group's people
// hold the view. The determiner inside ("of the", "of his") is the partitive's own, not a sign that
// a clause was read as the subject ("plan faced some steep"), so the description check looks past it.

import { PERSON_NOUNS } from './lexicon';

/** The quantifier and its "of" + determiner: "some of the", "many of their", "a handful of these". */
const PARTITIVE = /^(?:some|many|most|none|few|several|all|both|each|one|two|three|four|five|half|a\s+few|a\s+number|a\s+handful|a\s+majority|a\s+minority|dozens|hundreds|thousands)\s+of\s+(?:the|these|those|his|her|their|its|our|your|my)\s+/i;
/**
 * A plural head that names people: the lexicon's ("voters", "delegates") or an agent noun ("admirers",
 * "competitors", "Republicans", "residents", "fishermen"). Not "many of the contests favor …".
 */
const PEOPLE = /(?:[eo]rs|ists|ans|ants|ents|ites|men)$/i;

/** The noun phrase after a partitive ("the skippers" → "skippers"), or null when `text` is none. */
export function partitiveGroup(text: string, head: string | null | undefined): string | null {
  const m = PARTITIVE.exec(text);
  if (!m || !head || !(PERSON_NOUNS.has(head.toLowerCase()) || PEOPLE.test(head))) return null;
  return text.slice(m[0].length);
}
