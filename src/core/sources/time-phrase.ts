// A day or a time phrase that can follow a participle: "Sunday", "on Tuesday", "last week",
// "earlier this month", "on March 3", "in 2023". Shared by the readings that look past such a
// phrase to what the participle governs ("a poll released Sunday is …", "a report published last
// week by the ministry").

const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{Ll}*\.?`;
const SEASON = String.raw`(?:earlier\s+)?(?:last|this)\s+(?:week|month|year|weekend|spring|summer|fall|autumn|winter)`;

/** The phrase itself, unanchored: callers anchor it and say what must follow. */
export const TIME_PHRASE = String.raw`(?:(?:on|late|early)\s+)?(?:${WEEKDAY}|${SEASON}|yesterday|today|${MONTH}\s+\d{1,2}|in\s+(?:${MONTH}\s+)?\d{4})`;

/** A participle of issuing or any "-ed" participle: "released", "published", "seen". */
const PARTICIPLE = String.raw`(?:\p{Ll}+ed|seen|shown|given|written|drawn|taken|made)`;
const DATED_MODIFIER = new RegExp(String.raw`^\s*${PARTICIPLE}\s+${TIME_PHRASE}\s*$`, 'u');
const TIME_BEFORE_BY = new RegExp(String.raw`^${TIME_PHRASE}\s+(?=by\s)`, 'u');

/**
 * "council papers released on Tuesday": the words after a noun are only a participle and a day,
 * which date the thing without naming it; the name is the noun phrase before them.
 */
export function isDatedModifier(words: string): boolean {
  return DATED_MODIFIER.test(words);
}

/** "last week by the ministry" after "published": the length of the time phrase before "by", or 0. */
export function timeBeforeAgent(words: string): number {
  return TIME_BEFORE_BY.exec(words)?.[0].length ?? 0;
}
