// A position read in a defining relative clause: "voters who want a new pier", "a group that
// favors lower tolls", "the owners who have sued the port". The clause picks its holder out by
// the stance: it tells which people are meant, and reports no one taking a position. Annotators
// rarely mark it (PolNeAR train: dropping these readings loses 26 right ones, speaker included,
// and 100 wrong; a reading is worth keeping when about a third are right). A clause set off by a
// comma ("Lund, who backs the plan, said …") tells of a holder already named and is kept (29 of
// 91 right: it costs as many right readings as it saves wrong ones), and so is a statement
// ("voters who said …"): a report.

/**
 * Right before the cue: a word (the head noun, not a comma or a dash), then "who" or "that" as the
 * clause's subject, with at most two auxiliaries or adverbs ("who have long", "that now").
 */
const DEFINING_RELATIVE = /[\p{L}\p{N}'\u2019)]\s+(?:who|that)\s+(?:(?:has|have|had|is|are|was|were|will|would|could|might|may|also|once|long|still|now|already|previously|recently|repeatedly|never|not|\p{Ll}+ly)\s+){0,2}$/u;

/** Whether the cue at `cueStart` opens a defining relative clause: "… voters who (now) want …". */
export function inDefiningRelative(masked: string, cueStart: number): boolean {
  return cueStart > 0 && DEFINING_RELATIVE.test(masked.slice(Math.max(0, cueStart - 60), cueStart));
}
