// A reported clause whose own subject stands between the verb of saying and a "that": "said she
// believed that the pier was unsafe", "says he opposes the toll but that the plan will not help".
// The "that" belongs inside what was said (to its second verb or second conjunct), so the content
// starts right after the verb of saying, not after the "that". Only a subject pronoun marks it: a
// name or a noun there may as well be the person told or an adjunct ("told Lund that …", "said in
// May that …"), and an object pronoun is the person told ("told him that …").

/** A subject pronoun (or its contraction) as the first word after the verb of saying. */
const SUBJECT_PRONOUN_LEAD = /^\s+(?:he|she|they|we|I|you)(?:['\u2019](?:s|d|ll|re|ve|m))?\s/;

/** Whether the words between a verb of saying and its "that" open a clause of their own. */
export function opensPronounClause(beforeThat: string): boolean {
  return SUBJECT_PRONOUN_LEAD.test(beforeThat);
}
