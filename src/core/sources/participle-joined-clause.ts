// "Prosecutors charged the officer with murder and Mayor Lund fired his police chief, Tom Vik,
// acknowledging that …": a participle set off by a comma hangs on the clause right before it. When
// that clause is joined to the first by a bare "and" and has a subject of its own (a name, then a
// past verb), its subject is the participle's, not the sentence's opening one ("Prosecutors").

import { readSpeaker } from './speaker-phrase';
import { NAME_WORD_START } from './name-word';
import type { Subject } from './clause';

/** "and", a capitalised name of up to four words (titles included), and a past verb. */
const JOINED_CLAUSE = new RegExp(String.raw`\sand\s+(${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){0,3})\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}ed\s`, 'gu');
/** What may stand between that clause and the participle: its object and an apposition, no clause break. */
const CLAUSE_BREAK = /[;:\uE000]|\s(?:and|but|while|who|which|that|said|says)\s/;

/** The subject of a clause joined by "and" that the participle at `at` hangs on, or null. */
export function participleJoinedClauseSubject(masked: string, sentenceStart: number, at: number): Subject | null {
  const before = masked.slice(sentenceStart, at);
  let last: RegExpExecArray | null = null;
  JOINED_CLAUSE.lastIndex = 0;
  for (let m = JOINED_CLAUSE.exec(before); m; m = JOINED_CLAUSE.exec(before)) last = m;
  if (!last) return null;
  const nameStart = sentenceStart + last.index + last[0].indexOf(last[1]!, 4);
  if (CLAUSE_BREAK.test(masked.slice(sentenceStart + last.index + last[0].length, at))) return null;
  const speaker = readSpeaker(masked, nameStart, nameStart + last[1]!.length);
  return speaker && speaker.form === 'name' ? { speaker, phraseStart: nameStart } : null;
}
