// "…,” said Ada Lund of the harbour board.", "…,” said one official involved in the talks.": an
// inverted subject after its cue, a name or a short description with a modifier after it that the
// speaker reader does not take whole. The words before the modifier are the speaker (the modifier
// says where the person works or what they did, not who is speaking).

import { readSpeaker } from './speaker-phrase';
import type { SpeakerRef } from './model';

// Where a post-modifier begins: a preposition or a participle of involvement or knowledge.
const MODIFIER_START = /^(?:of|from|at|with|for|involved|familiar|close|briefed)$/;
const WORD = /\S+/g;

/** The speaker read from the words of [start, end) before their first post-modifier, or null. */
export function speakerBeforeModifier(masked: string, start: number, end: number): SpeakerRef | null {
  WORD.lastIndex = start;
  // (The head is a few words: the modifier must not be the phrase's first word.)
  for (let m = WORD.exec(masked), count = 0; m && m.index < end && count < 6; m = WORD.exec(masked), count++) {
    if (count === 0 || !MODIFIER_START.test(m[0])) continue;
    const head = masked.slice(start, m.index).trimEnd();
    const speaker = readSpeaker(masked, start, start + head.length);
    return speaker && speaker.form !== 'pronoun' ? speaker : null;
  }
  return null;
}
