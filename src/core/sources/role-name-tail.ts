// "Mr Ade Temba, who works with the Harbour Network as Programme Officer, Mobilization and Outreach,
// says …": a post's title named after "as" at the end of a relative clause may run on past its own
// comma ("Programme Officer, Mobilization and Outreach"). The part after that comma is no apposition
// with a speaker of its own: it goes with the title, and the relative clause's person is the subject.

import { NAME_WORD_START } from './name-word';

const CAP_RUN = String.raw`${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){0,3}`;
/** A relative clause on a person that ends in "as" and a capitalised title: "who works … as Programme Officer". */
const WHO_AS_TITLE = new RegExp(String.raw`^\s*who\s[^]*\sas\s+(?:the\s+)?${CAP_RUN}\s*$`, 'u');
/** The title's second part: capitalised words, or two runs joined by "and" ("Mobilization and Outreach"). */
const TITLE_PART = new RegExp(String.raw`^\s*${CAP_RUN}(?:\s+(?:and|&)\s+${CAP_RUN})?\s*$`, 'u');

/** Whether `last` (the segment before the cue) continues the title that ends the relative clause `before`. */
export function isRoleNameTail(before: string, last: string): boolean {
  return WHO_AS_TITLE.test(before) && TITLE_PART.test(last);
}
