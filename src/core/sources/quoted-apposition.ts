// "Susan Roe, star of “The Long Tide,” is not sure …", "Ann Lund, host of Radio Ava’s “Morning
// Call,” said …": an apposition that ends on a quoted title hides its closing comma inside the
// quotation, so the verb follows the masked quotation straight away. The description before the
// quotation (a lower-case phrase whose preposition or "known as" takes the title as its object) and
// the name before its comma are an apposition all the same; the name is the subject.

import { readSpeaker } from './speaker-phrase';
import type { Subject } from './clause';

const MASK = '\uE000';
// The description between the name's comma and the quotation: lower case first, a preposition (or
// a possessive, "host of Radio Ava’s") within its last few words, no clause break inside.
const DESCRIPTION = /,\s+((?:(?:a|an|the)\s+)?\p{Ll}[^,;:\uE000()]{0,60}?\s(?:of|for|on|at|in|from|by|with|as)(?:\s+[^\s,;:\uE000()]+){0,4})\s*$/u;
// The name before the comma, from the clause's start or the last separator.
const NAME_BEFORE = /(?:^|[,;:\u2014\u2013(]\s*)([^,;:\u2014\u2013()\uE000]{2,80})$/;
// (A finite verb in the description makes it a clause: "…, who starred in “…”" is read elsewhere.)
const CLAUSE_WORD = /\b(?:who|which|that|is|was|are|were|has|have|had|said|says)\b/i;

/** The person named before an apposition that ends on the quotation closing at `end` (the verb follows). */
export function quotedAppositionSubject(masked: string, lo: number, end: number): Subject | null {
  let q = end;
  while (q > lo && masked[q - 1] === MASK) q--;
  if (q === end || q <= lo) return null;
  const before = masked.slice(lo, q);
  const description = DESCRIPTION.exec(before);
  if (!description || CLAUSE_WORD.test(description[1]!)) return null;
  const comma = lo + description.index;
  const lead = NAME_BEFORE.exec(masked.slice(lo, comma));
  if (!lead) return null;
  const start = comma - lead[1]!.length + (lead[1]!.length - lead[1]!.trimStart().length);
  const speaker = readSpeaker(masked, start, comma);
  if (speaker?.form !== 'name' || speaker.kind !== 'person') return null;
  speaker.role ??= description[1]!.trim().replace(/^(?:a|an|the)\s+/i, '');
  return { speaker, phraseStart: start };
}
