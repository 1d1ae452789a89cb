// "Judicial sources quoted by AFP news agency said …", "diplomats cited by the Harbour Times say …":
// an unnamed group speaks through the outlet that quoted it. The group is an anonymous source (optional
// by the guidelines, and the subject reader finds no head in "sources quoted by AFP news agency");
// the outlet is the one the article credits with the information, and the statement's speaker.
// Only an unnamed group: "Reed, quoted by the Times, said …" stays Reed's.

import type { Subject } from './clause';
import { readSpeaker } from './speaker-phrase';

/** A lower-case head (the unnamed group; a capital only on a plural opening the sentence, "Diplomats"),
 * "quoted by" or "cited by", the outlet, right before the cue. */
const QUOTED_BY = /(?:^|\s)(?:\p{Ll}[\p{Ll}-]*|\p{Lu}\p{Ll}+s)\s+(?:quoted|cited)\s+by\s+((?:the\s+)?\p{Lu}[^\s,;:\uE000]*(?:\s+[^\s,;:\uE000]+){0,4}?)\s+$/u;

/** The outlet that quoted the cue's unnamed subject ("sources quoted by AFP said"), as the speaker. */
export function intermediarySubject(masked: string, sentenceStart: number, cueStart: number): Subject | null {
  const lead = masked.slice(Math.max(sentenceStart, cueStart - 100), cueStart);
  const m = QUOTED_BY.exec(lead);
  if (!m) return null;
  const end = cueStart - (lead.length - lead.trimEnd().length);
  const start = end - m[1]!.length;
  const speaker = readSpeaker(masked, start, start + m[1]!.length);
  if (!speaker || speaker.form === 'pronoun') return null;
  return { speaker, phraseStart: start };
}
