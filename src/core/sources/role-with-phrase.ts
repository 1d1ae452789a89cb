// A role with no article and a phrase of its own: "Director of the Fraud Prevention agency", "head
// of research at the bank", "senior fellow at the Harbour Institute". Set between a person's name
// and a second name ("Ada Lind, Director of the Fraud Prevention agency, Brightwell, said"), it
// describes the person, and the second name names the body its phrase is about; read as a
// description of the second name, the body became the speaker and the person was lost.

import { isTitleHead } from './titled-name';

/** Up to two modifiers ("deputy", "senior", "Chief"), the role's head, then "of", "for" or "at" and the rest, no comma. */
const ROLE_WITH_PHRASE = /^\s*((?:[\p{L}-]+\s+){0,2}?)([\p{L}-]+)\s+(?:of|for|at)\s+[^,]+$/u;
/** Words that open a clause or a phrase, not a role: "head" after "to" is a verb. */
const NOT_MODIFIER = /^(?:the|a|an|to|and|or|in|on|with|from|by|as|who|which|that)$/i;

export function isRoleWithPhrase(description: string): boolean {
  const m = ROLE_WITH_PHRASE.exec(description);
  if (!m) return false;
  const modifiers = m[1]!.trim() ? m[1]!.trim().split(/\s+/) : [];
  if (modifiers.some((w) => NOT_MODIFIER.test(w))) return false;
  return isTitleHead(m[2]!);
}
