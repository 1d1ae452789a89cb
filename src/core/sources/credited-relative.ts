// Where the content of a credit set off by commas in mid-sentence begins ("North Korea, Jones said,
// has …" is the whole sentence): at the sentence's start, unless the credit interrupts a clause that
// began later. A relative pronoun right before it ("…, which, his aides believe, would lead to …",
// "…, the cost of which, critics say, was never shown") opens a relative clause whose words are the
// credited ones; the main clause before it is the writer's. So does a dash that opens an aside ("…
// a normal part of the race — no different, he said, from any other"). The content then starts there.

/** The last mark that may open the clause the credit interrupts. */
const BOUNDARY = /[,;:(\u2014\u2013]|\s--\s/g;
/** "which", "who", "whom", or a noun phrase that ends in "of which"/"of whom" ("the existence of which"). */
const RELATIVE_LEAD = /^(?:which|who|whom|(?:[\p{L}'\u2019-]+\s+){1,4}of\s+(?:which|whom))$/iu;

/** Where the credited clause starts, given the end of the words before the credit's comma. */
export function creditedClauseStart(masked: string, sentenceStart: number, end: number): number {
  const before = masked.slice(sentenceStart, end);
  let last: RegExpExecArray | null = null;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(before); m; m = BOUNDARY.exec(before)) last = m;
  if (!last) return sentenceStart;
  const from = last.index + last[0].length;
  const segment = before.slice(from).trim();
  if (RELATIVE_LEAD.test(segment)) return sentenceStart + from;
  // (An aside opened by a dash and not closed before the credit.)
  const dashes = before.match(/[\u2014\u2013]|\s--\s/g)?.length ?? 0;
  if (/[\u2014\u2013-]/.test(last[0]) && dashes % 2 === 1 && segment.length > 0) return sentenceStart + from;
  return sentenceStart;
}
