// "While environmentalists welcomed the plan, they were less pleased by its cost": a "they" that
// opens the main clause right after a fronted subordinate clause stands for that clause's plural
// subject, as "he" there stands for its named one. The plural reader (plural-antecedent.ts) skips
// the subject of a clause a subordinator leads, rightly where the clause comes after the sentence's
// own subject ("… until voters go to the polls, they …"); here nothing comes before it.

import { sentenceOf, type Scan } from '../scan';
import { frontedClauseStart } from './fronted-subordinate';
import { pluralSubjectIn, type PluralPeople } from './plural-antecedent';

/** What may stand before the plural in its clause: nothing, or its determiner. */
const LEAD = /^\s*(?:(?:the|some|many|most|several|other|these|those|both|all|his|her|their|its|our)\s+)?$/i;
/** "they said, …": the pronoun and its verb between commas credit the sentence's words; no main clause. */
const CREDIT_AFTER = /^\S+\s+\p{Ll}+\s*,/u;

/** The plural subject of the subordinate clause that opens the pronoun's sentence, or null. */
export function frontedClausePlural(scan: Scan, pos: number, block: number): PluralPeople | null {
  const sentence = sentenceOf(scan, block, pos);
  if (!sentence) return null;
  // (The sentence up to the pronoun: a subordinator, its clause, then the comma that closes it,
  // fronted-subordinate.ts.)
  const opening = frontedClauseStart(scan.masked.slice(sentence.start, pos));
  if (opening < 0 || CREDIT_AFTER.test(scan.masked.slice(pos, pos + 40))) return null;
  const clauseStart = sentence.start + opening;
  const plural = pluralSubjectIn(scan.masked, clauseStart, pos);
  if (!plural || !LEAD.test(scan.masked.slice(clauseStart, plural.start))) return null;
  return plural;
}
