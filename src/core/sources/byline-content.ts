// "Lerer reported from Los Angeles", "Jack Kelly, writing for RealClearPolitics, …", "she wrote in
// an op-ed": with only a place, an outlet or a publication after it, a verb of reporting or writing
// says where the writer works, not what was written. A clause after the phrase ("writing in the
// Times, noted that …") still holds the statement, and stays.

import { CLAUSE_MARK } from './scan';

const REPORT_OR_WRITE = /^(?:report(?:s|ed|ing)?|writ(?:e|es|ing|ten)|wrote)$/i;
/** Where or for whom: "from Washington", "for the majority", "in The Post", "on his blog", "at Reuters" (not "at least"). */
const PLACE_OR_OUTLET = /^(?:from|for|in|on|at(?!\s+(?:least|most)\b))\s/i;

/** True when a reporting or writing cue's content is only where or for whom the words were written. */
export function isBylineOnly(cue: string | null, content: string): boolean {
  if (!cue || !REPORT_OR_WRITE.test(cue.trim())) return false;
  const text = content.trim();
  return PLACE_OR_OUTLET.test(text) && !CLAUSE_MARK.test(text);
}
