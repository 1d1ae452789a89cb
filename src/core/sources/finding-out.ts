// "Watch the video to see how it works", "See how the crib folds", "We'll see what happens": "see"
// as an infinitive, an imperative or a future before an indirect question is finding something out,
// not a view anyone holds; what follows is a question still open. A finite "see" keeps its view:
// "I don't see how that can help" doubts, "They see the levy as a toll" holds.

const BASE_SEE = /^see$/i;
const QUESTION = /^\s*(?:how|whether|if|what|why|where|who|which|when)\b/i;
/** What stands before an infinitive, an imperative or a future "see": "to", a sentence's start, "will". */
const OPEN_SEE = /(?:(?:^|[.!?:;\u2014\u2013-]\s*|\bto\s+|\b(?:will|'ll|\u2019ll|wait\s+and|let['\u2019]s|let\s+us)\s+))$/i;

/** True when the cue is "see" as an infinitive, an imperative or a future, before an indirect question. */
export function isFindingOut(text: string, cue: string | null, cueStart: number, afterCue: string): boolean {
  if (cue === null || !BASE_SEE.test(cue.trim()) || !QUESTION.test(afterCue)) return false;
  return OPEN_SEE.test(text.slice(Math.max(0, cueStart - 20), cueStart));
}
