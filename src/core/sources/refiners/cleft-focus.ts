// "After Lily Tann won her match on Monday, it was Katie Berg who got the ball rolling on Tuesday.
// “…,” she told …": the name a cleft sentence puts in focus ("it was X who …") is the subject of the
// clause that follows, though "who", not a verb, comes after it. The next "she" goes back to her,
// not to the subject of the fronted clause before.

/** "it was ", "it is ", "it's ", "it will be " right before the name. */
const CLEFT_BEFORE = /(?<![\p{L}'\u2019-])it\s*(?:['\u2019]s|is|was|will\s+be|would\s+be|had\s+been|has\s+been)\s+$/iu;
/** "who" or "that" right after the name. */
const RELATIVE_AFTER = /^\s+(?:who|that)\s/i;

/** True when the name at `start`-`end` of `masked` is the focus of a cleft: "it was <name> who …". */
export function isCleftFocus(masked: string, start: number, end: number): boolean {
  return CLEFT_BEFORE.test(masked.slice(Math.max(0, start - 20), start)) && RELATIVE_AFTER.test(masked.slice(end, end + 8));
}
