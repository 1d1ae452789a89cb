// "Those over 60 say …", "…, while those without a degree support him": "those" with a phrase of
// its own (an age, a preposition and its noun) stands for the people it picks out, and is the
// subject of the verb after it. The speaker reader knows "those" only as a determiner before a
// noun ("those voters"), so the bare group would be left without a subject.

import type { Span } from '../types';
import type { SpeakerRef } from './model';
import { nominalSpeaker } from './speaker-ref';

/**
 * "those" opening the segment (or after a linking word) with a preposition and up to six words,
 * ending the segment: "Those over 60", "those without a college degree", "those in the room".
 */
const THOSE_WITH = /(?:^|\b(?:and|but|while|whereas|yet|so|when|as|if|because)\s+)\s*(those\s+(?:over|under|above|below|aged|between|with|without|in|from|at|on|outside|inside|across)\s+(?:[^\s,;:\uE000()]+\s+){0,5}[^\s,;:\uE000()]+)\s*$/iu;
/** A verb inside the phrase makes it a clause of its own ("those in power have said"): kept out. */
const VERB_INSIDE = /\s(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|who|that|which)\s/i;

export interface GroupSubject {
  speaker: SpeakerRef;
  phraseStart: number;
}

/**
 * The group that `pattern`'s first group captures at the segment's end, as an unnamed speaker headed
 * by `head` (by default its first word), unless a verb inside makes it a clause. Shared by the
 * readers of a group word with a phrase of its own: "those over 60", "few on either side".
 */
export function groupEndingSegment(masked: string, seg: Span, pattern: RegExp, definite: boolean, head?: string): GroupSubject | null {
  const m = pattern.exec(masked.slice(seg.start, seg.end));
  if (!m || VERB_INSIDE.test(` ${m[1]!} `)) return null;
  const text = m[1]!;
  const start = seg.start + m.index + m[0].indexOf(text);
  return { speaker: nominalSpeaker(text, start, start + text.length, 'anonymous', head ?? text.split(/\s+/)[0]!.toLowerCase(), definite), phraseStart: start };
}

/** The "those …" group that ends the segment, as its speaker, or null. */
export function thoseWith(masked: string, seg: Span): GroupSubject | null {
  return groupEndingSegment(masked, seg, THOSE_WITH, true, 'those');
}
