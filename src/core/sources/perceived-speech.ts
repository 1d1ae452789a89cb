// A saying perceived rather than reported: "“…,” the man could be heard saying", "She was heard
// telling staff that …", "the driver can be seen shouting". The speaker is the subject of the passive
// of perception; "be heard" or "be seen" only tells how the words reached the writer.
//
// Only a form of "be" (after a modal at most) and "heard", "seen", "overheard", "filmed" or
// "recorded", right before the participle: "heard" alone ("the jury heard Roe saying") has its own
// subject, the one who heard.

import { NAME_WORD_START } from './name-word';

const PERCEIVED = /(?:\b(?:can|could|may|might|will|would|must)\s+(?:also\s+)?be|\b(?:is|are|was|were|been|being))\s+(?:clearly\s+|later\s+|also\s+|then\s+)?(?:heard|overheard|seen|filmed|recorded)\s+$/i;

/** Where the "(could) be heard" before a participle cue at `cueStart` begins, or -1. */
export function perceivedSpeechStart(masked: string, sentenceStart: number, cueStart: number): number {
  const before = masked.slice(Math.max(sentenceStart, cueStart - 60), cueStart);
  const m = PERCEIVED.exec(before);
  return m ? cueStart - before.length + m.index : -1;
}

// The active form: "Microphones picked up Ann Lowe saying, “…”", "A video shows Reed telling staff …".
// The one perceived, a name right before the participle, is the speaker; the perceiver (a microphone,
// a video, a witness) only tells how the words came. The subject reader otherwise reads the whole
// clause before the cue as one phrase and finds no speaker in it.
const PERCEIVED_OBJECT = new RegExp(String.raw`(?:^|\s)(?:heard|overheard|saw|caught|recorded|filmed|captured|picked\s+up|shows|showed|showing)\s+((?:${NAME_WORD_START}[\p{L}'\u2019.-]*\s+){1,4})$`, 'u');
/** The participles of saying a perceived name may have ("picked up Lowe saying"). */
const SAYING_PARTICIPLE = /^(?:saying|telling|asking|shouting|yelling|calling|declaring|announcing)\b/;

/** Where the perceived name before a participle of saying at `cue` begins ("… picked up |Ann Lowe saying"), or -1. */
export function perceivedObjectStart(masked: string, from: number, cue: number): number {
  if (!SAYING_PARTICIPLE.test(masked.slice(cue, cue + 12))) return -1;
  const before = masked.slice(Math.max(from, cue - 80), cue);
  const m = PERCEIVED_OBJECT.exec(before);
  return m ? cue - m[1]!.length : -1;
}
