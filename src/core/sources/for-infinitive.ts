// "The union asks the regulator to act, and for research councils to insist that …", "It is time for
// the board to admit …": a subject brought in by "for" before a to-infinitive is who someone wants to
// speak, not who spoke. The infinitive reports nothing yet, so the phrase is no speaker.

import type { SpeakerRef } from './model';

/**
 * "for", the phrase, then only "to" before the cue, the words a reader may have taken into the phrase
 * or left outside it ("for research councils to" or "research councils"): no "to" inside the phrase.
 */
const FOR_THEN_TO = /(?:^|[\s,;(])for\s+(?:(?!to\s)[^\s,;:.!?]+\s+){1,6}to\s+$/i;
/** How far before the phrase its "for" may stand. */
const REACH = 12;

/** Whether the speaker is the subject of a for-to infinitive: "for research councils | to | insist". */
export function isForInfinitiveSubject(ref: SpeakerRef, text: string, cueStart: number): boolean {
  if (cueStart < ref.start || cueStart - ref.end > 8) return false;
  return FOR_THEN_TO.test(text.slice(Math.max(0, ref.start - REACH), cueStart));
}
