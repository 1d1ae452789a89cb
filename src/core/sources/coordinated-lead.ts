// A perfect auxiliary between a coordinator and the second verb of a coordinated predicate, which
// then shares the first verb's subject like a plain coordinated verb: "The mayor lives in Ohio and
// has said that …", "… oppose the rule, and have pledged to end it", "… but has since argued …".
// The readers' plain test allows only an adverb between ("and then said"); "has/have/had" + a
// participle is a verb, never a noun ("and claims" may be one), so the auxiliary form is safe to add.
// The first verb's content is left whole (it may run over the second): cutting it there lost more
// matches than it won on PolNeAR train.

/** A coordinator, then at most an adverb, right before the second verb: "and said", ", but then argued". */
const PLAIN_LEAD = /\b(?:and|but)\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?$/;

/**
 * The cue at `cue` is the second verb of a coordinated predicate: right after a coordinator (read
 * on the caller's window `before`, which ends at the cue) or after a coordinator and a perfect
 * auxiliary ("… and has said").
 */
export function afterCoordinator(before: string, masked: string, sentenceStart: number, cue: number): boolean {
  return PLAIN_LEAD.test(before) || perfectAfterCoordinator(masked, sentenceStart, cue);
}

/** The words right before a coordinated participle: "and has ", ", but have since ", "and had not ". */
const PERFECT_LEAD = /(?:^|[\s,])(?:and|but)\s+(?:(?:\w+ly|also|then|later)\s+)?(?:has|have|had)\s+(?:(?:\w+ly|also|since|long|not|never)\s+)?$/;
/** Enough to hold "and then has since " (the lead is read on a short window: bounded on long sentences). */
const WINDOW = 32;

/** The cue at `cue` is a participle after a coordinator and a perfect auxiliary ("… and has said"). */
export function perfectAfterCoordinator(masked: string, sentenceStart: number, cue: number): boolean {
  return PERFECT_LEAD.test(masked.slice(Math.max(sentenceStart, cue - WINDOW), cue));
}
