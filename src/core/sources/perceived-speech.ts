// A saying perceived rather than reported: "“…,” the man could be heard saying", "She was heard
// telling staff that …", "the driver can be seen shouting". The speaker is the subject of the passive
// of perception; "be heard" or "be seen" only tells how the words reached the writer.
//
// Only a form of "be" (after a modal at most) and "heard", "seen", "overheard", "filmed" or
// "recorded", right before the participle: "heard" alone ("the jury heard Roe saying") has its own
// subject, the one who heard.

const PERCEIVED = /(?:\b(?:can|could|may|might|will|would|must)\s+(?:also\s+)?be|\b(?:is|are|was|were|been|being))\s+(?:clearly\s+|later\s+|also\s+|then\s+)?(?:heard|overheard|seen|filmed|recorded)\s+$/i;

/** Where the "(could) be heard" before a participle cue at `cueStart` begins, or -1. */
export function perceivedSpeechStart(masked: string, sentenceStart: number, cueStart: number): number {
  const before = masked.slice(Math.max(sentenceStart, cueStart - 60), cueStart);
  const m = PERCEIVED.exec(before);
  return m ? cueStart - before.length + m.index : -1;
}
