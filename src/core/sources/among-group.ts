// "Ada Lund and Ola Berg are among the critics who have said the fares are too high": the relative
// clause hangs on the group, but the sentence is about the named members; the group is how the
// article ranks them. The names before "is/are/was/were among" speak (not the bare "critics", who
// name nobody). Only a name or names (no description, no pronoun): "Many are among the critics who
// …" leaves the group as it was.

import type { Subject } from './clause';
import { readSpeaker } from './speaker-phrase';

/** "… are among the ", "… was also among ", just before the group's phrase. */
const AMONG_BEFORE = /\s+(?:is|are|was|were)\s+(?:also\s+|now\s+)?among\s+(?:the\s+|those\s+)?$/;
/** The names: capitalised words and "and", from the clause's start. */
const NAMES = /(?:^|[,;:\u2014]\s*)((?:\p{Lu}[\p{L}'\u2019.-]*\s+)*\p{Lu}[\p{L}'\u2019.-]*(?:\s+and\s+(?:\p{Lu}[\p{L}'\u2019.-]*\s+)*\p{Lu}[\p{L}'\u2019.-]*)?)$/u;

/** The named members before "are among", when the subject read is the group after it. */
export function namedMembersOf(masked: string, sentenceStart: number, group: Subject): Subject | null {
  const before = masked.slice(sentenceStart, group.phraseStart);
  const among = AMONG_BEFORE.exec(before);
  if (!among) return null;
  const names = NAMES.exec(before.slice(0, among.index));
  if (!names) return null;
  const start = sentenceStart + among.index - names[1]!.length;
  const speaker = readSpeaker(masked, start, start + names[1]!.length);
  return speaker && speaker.form === 'name' ? { speaker, phraseStart: start } : null;
}
