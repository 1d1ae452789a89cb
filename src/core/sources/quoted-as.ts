// A saying relayed by a quoting outlet: "Moss was quoted as saying the council had ignored …", "“…,”
// Braynard is quoted as saying.", "…, the harbour board was quoted as saying late Thursday by
// the regional news agency." The one quoted is the passive's subject and the speaker; "was quoted
// as" only tells how the words reached the writer, as "was heard" does (perceived-speech.ts). The
// subject reader stopped at "as" and found no speaker, so the statement was lost.
//
// Only a form of "be" (an adverb after it at most), "quoted" or "cited", an optional "by"/"in" phrase
// naming the outlet, and "as" right before the participle.

const QUOTED_AS = /\b(?:is|are|was|were|been|being)\s+(?:\p{Ll}+ly\s+|also\s+|later\s+|once\s+)?(?:quoted|cited)\s+(?:(?:by|in)\s+[^,;:\uE000]{1,60}?\s+)?as\s+$/u;

/** Where the "was quoted (by …) as" before a participle cue at `cueStart` begins, or -1. */
export function quotedAsStart(masked: string, sentenceStart: number, cueStart: number): number {
  const before = masked.slice(Math.max(sentenceStart, cueStart - 100), cueStart);
  const m = QUOTED_AS.exec(before);
  return m ? cueStart - before.length + m.index : -1;
}
