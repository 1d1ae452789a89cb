// A printed conversation without "Q:"/"A:" labels (a magazine interview): the writer's turns are
// a short paragraph that asks ("Is the pier worth saving?") or a line of the writer's own to the
// interviewee ("But you voted for it, I say.", "I never said you did."), and the answer follows as
// a paragraph of quotation with no cue of its own. The answer is the interviewee's: the person
// last heard speaking before the question (refiners/thread-quotations.ts).

/** A writer's question is short: a long paragraph ending on "?" is narration that wonders aloud. */
const MAX_TURN = 200;
/** The paragraph ends on a question mark (a closing bracket or mark may follow). */
const QUESTION_END = /\?[)\]]*\s*$/;
/** "…, I say." / "I ask him." / "…, I suggest.": the writer reporting their own turn. */
const WRITER_SAYS = /(?:^|,\s+)I\s+(?:say|said|ask|asked|suggest|suggested|reply|replied|venture|ventured|counter|countered|interject|interjected|persist|persisted|press\s+him|press\s+her|pressed\s+him|pressed\s+her|ask\s+him|ask\s+her|asked\s+him|asked\s+her|tell\s+him|tell\s+her|told\s+him|told\s+her)\s*[.?!]\s*$/;
/** "I never said you did.": one sentence in which the writer ("I") answers the interviewee ("you"). */
const WRITER_TO_YOU = /^(?:(?:But|And|So|Well),?\s+)?I\b[^.?!]*\byou\b[^.?!]*[.?!]\s*$/;

/**
 * Whether a paragraph (`masked`: its quotations blanked out) is the writer's turn in an interview.
 * A paragraph holding a quotation is not: someone else is speaking in it.
 */
export function isInterviewerTurn(paragraph: string, holdsQuotation: boolean): boolean {
  const trimmed = paragraph.trim();
  if (holdsQuotation || !trimmed || trimmed.length > MAX_TURN) return false;
  return QUESTION_END.test(trimmed) || WRITER_SAYS.test(trimmed) || WRITER_TO_YOU.test(trimmed);
}

/** A paragraph too short to be prose and with no closing stop: a caption or a pull-out label between turns. */
export function isCaptionLine(paragraph: string): boolean {
  const trimmed = paragraph.trim();
  return trimmed.length < 100 && !/[.?!:;\u2026]['"\u2019\u201d)\]]*$/.test(trimmed);
}
