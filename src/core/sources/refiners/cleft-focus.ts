// "After Ada Lund won on Monday, it was Kim Berg who got the ball rolling": the name a cleft
// sentence puts in focus ("it was … who", "it is … that") is the subject of the clause after it,
// and so the one a "she" that follows goes back to, not the subject of a clause fronted before it.

const CLEFT_BEFORE = /\bit\s+(?:was|is|had\s+been|has\s+been|will\s+be)\s+$/i;
const RELATIVE_AFTER = /^,?\s+(?:who|that)\s/i;

/** The name at [start, end) is the focus of a cleft: "it was" before it, "who" or "that" after it. */
export function isCleftFocus(text: string, start: number, end: number): boolean {
  return CLEFT_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && RELATIVE_AFTER.test(text.slice(end, end + 8));
}
