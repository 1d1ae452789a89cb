// "These days, Mr. Lund's speeches can ramble. … as he mentioned …": a person whose possessive
// opens the subject of a sentence is what that sentence is about, as much as a name that opens it,
// so the "he" or "she" after may go back to it. Past a fronted phrase too ("Even in the House, Mr.
// Lund's plans have met resistance. He cannot …"), where the name alone would count as the subject.
//
// Not when what the name owns is a person ("In 2015, Lund's aide said …", "Roe's wife …"): then
// the owned person is the subject, and may be the one the pronoun means.

import { NAME_TITLES, PERSON_NOUNS } from '../lexicon';
import { genderOfWord } from '../gender';

/** The possessive right after the name ("Lund's", "Jones'"), and up to three lower-case words it owns. */
const OWNED = /^\p{L}(?:['\u2019]s|(?<=s)['\u2019])((?:\s+\p{Ll}[\p{L}-]*){1,3})/u;
/** Plurals of agent nouns name people too ("Lund's backers", "Roe's advisers"), as in agent-plural.ts. */
const AGENT = /(?:ists|ians|ers|ors|ants)$/;

/** The name ending at `end` of `masked` is a possessive, and what it owns names no person. */
export function ownsThingSubject(masked: string, end: number): boolean {
  const owned = OWNED.exec(masked.slice(end - 1, end + 60));
  if (!owned) return false;
  return !owned[1]!.trim().split(/\s+/).some((w) => PERSON_NOUNS.has(w) || NAME_TITLES.has(w) || genderOfWord(w) !== null || AGENT.test(w));
}
