// An attempt told as background rather than as a stand the subject takes. Two shapes:
// - the perfect progressive, "the agency has been trying to balance …", "who had been attempting to
//   rescue his campaign": an effort running for a while, which sets the scene of the story;
// - a doubled infinitive, "the board invented the rule to try to stop …", "urged him to try to calm
//   …": the attempt sits inside another verb's purpose or request, and the subject it would take is
//   only implied.
// Counted on PolNeAR train (round 22): of our readings of "been trying/seeking/attempting" 1 of 11
// scored, of "to try/attempt to" 1 of 5, both far under the break-even of about a third; the plain
// tenses ("is trying to", "tried to") stay, as they score near or above it.

/** "been" (an adverb may stand between) right before an attempt verb in -ing. */
const PERFECT_PROGRESSIVE = /\bbeen\s+(?:\p{Ll}+ly\s+)?$/u;
const PROGRESSIVE_ATTEMPT = /^(?:trying|attempting|seeking)$/i;
/** "to" right before the bare attempt verb, whose own content is a second to-infinitive. */
const INFINITIVE_BEFORE = /(?<![\p{L}'\u2019])to\s+$/u;
const BARE_ATTEMPT = /^(?:try|attempt)$/i;
const INFINITIVE_AFTER = /^\s*(?:\p{Ll}+ly\s+)?to\s+\p{Ll}/u;

/** True when the cue at cueStart is an attempt verb in one of the background shapes above. */
export function isBackgroundAttempt(text: string, cue: string | null, cueStart: number): boolean {
  if (!cue) return false;
  // (A cue read with its auxiliaries, "has been trying", is judged by its last word.)
  const word = cue.trim().split(/\s+/).pop()!;
  const wordStart = cueStart + cue.lastIndexOf(word);
  const before = text.slice(Math.max(0, wordStart - 30), wordStart);
  if (PROGRESSIVE_ATTEMPT.test(word)) return PERFECT_PROGRESSIVE.test(before);
  if (BARE_ATTEMPT.test(word)) {
    return INFINITIVE_BEFORE.test(before) && INFINITIVE_AFTER.test(text.slice(wordStart + word.length, wordStart + word.length + 40));
  }
  return false;
}
