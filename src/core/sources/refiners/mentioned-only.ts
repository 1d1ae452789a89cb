// A person the text only mentions, inside a phrase about something else: the object of a preposition
// ("when I asked about Reyes", "a memoir by Ed Lark", "behind Ann Roe and Per Holm"), a possessive
// ("Ed Lark’s memoir"), or the subject of a question put to someone ("I ask if Tom Reyes can …").
// When no speaker has been quoted nearby, the "he" or "she" of a later "he said" goes back to the
// person the paragraphs are about, not to such a name: an interviewer who asks the interviewee about
// a rival, or a box of figures that names other politicians, does not hand them the next quotation.
// Such a name is passed over when it stands in a paragraph before the pronoun's, or after a "he" of
// its own paragraph ("The look he gives me when I ask about Reyes …"): the paragraph is about that
// "he". In the pronoun's own paragraph, with no "he" before it, it may be the one the paragraph goes
// on about ("Few are confident in Ms. Roe. Her plan …").

import type { Scan } from '../scan';
import { prepositionGoverns } from './finite-subject';

/** Names joined before this one ("Ann Roe and", "Ann Roe, Per Holm or"): the phrase they share starts before them. */
const COORDINATED_BEFORE = /(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,4}(?:and|or)\s+$|(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}\p{Lu}[\p{L}.'\u2019-]*,\s+$/u;
/** "I ask if", "asked her whether": the clause after is the matter of a question, its subject a topic. */
const QUESTION_BEFORE = /\b(?:if|whether)\s+(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}$/u;
/** The name's possessive ending. */
const POSSESSIVE_AFTER = /^['\u2019]s?\b/;

/** The name spanning [start, end) of `masked` is only mentioned: a preposition's object, a possessive, a question's topic. */
export function isMentionedOnly(masked: string, start: number, end: number): boolean {
  if (POSSESSIVE_AFTER.test(masked.slice(end, end + 2))) return true;
  const before = masked.slice(Math.max(0, start - 80), start);
  if (QUESTION_BEFORE.test(before)) return true;
  // ("behind Ann Roe and Per Holm": the preposition governs the whole pair.)
  let head = before.length;
  for (let k = 0; k < 3; k++) {
    const joined = COORDINATED_BEFORE.exec(before.slice(0, head));
    if (!joined) break;
    head = joined.index;
  }
  const at = start - (before.length - head);
  return prepositionGoverns(masked, at);
}

const PRONOUNS: Record<string, RegExp> = {
  he: /\b(?:he|him|his)\b/i,
  she: /\b(?:she|her|hers)\b/i,
};

/** A pronoun of the gender of `pronoun` ("he": he, him, his) stands in the mention's paragraph before it. */
export function pronounBefore(scan: Scan, mention: { start: number; block: number }, pronoun: string | null): boolean {
  const form = pronoun === 'he' || pronoun === 'she' ? PRONOUNS[pronoun]! : null;
  const block = scan.blocks[mention.block];
  return !!form && !!block && form.test(scan.masked.slice(block.start, mention.start));
}
