// A cue inside a relative clause on its subject, "Ada Lund, who wrote books such as “Harbour
// Days,” has died at 90", "Ben Roe, who declared victory on Tuesday, will meet …": the clause
// closes at the comma before the main clause's verb, and so does the cue's content. The reader
// takes the content to the sentence's end, running on into the main clause, which says something
// about the subject, not what the subject said.
// Only an auxiliary or a modal opens the main clause here (a verb in -ed after a comma may be a
// participle phrase of the content's own), and only a content read without "that": in "who
// suggested that Lund, under fire, would resign" the clause after "that" has its own subject, and
// its apposition closes before that subject's verb.

import type { Scan } from '../scan';

/** The relative pronoun right before the cue (and up to two words of the verb phrase: "who did not respond"). */
const WHO_BEFORE_CUE = /,\s+who\s+(?:[\p{Ll}']+\s+){0,2}$/u;
/** The comma that closes the relative clause (on masked text, perhaps inside a quotation's end), then the main clause's auxiliary. */
const MAIN_CLAUSE = /[,\uE000"\u201D\u2019']+\s+(?:has|have|had|is|are|was|were|will|would|can|could|should|may|might|must)\s/g;

export function endRelativeClauses(scan: Scan): void {
  for (const a of scan.found) {
    if (a.direct || a.cueStart < 0 || a.cueStart >= a.start) continue;
    if (!WHO_BEFORE_CUE.test(scan.masked.slice(Math.max(0, a.cueStart - 40), a.cueStart))) continue;
    if (/\bthat\b/.test(scan.masked.slice(a.cueStart, a.start))) continue;
    if (a.text !== scan.text.slice(a.start, a.end)) continue;
    const end = closingComma(scan, a.start, a.end);
    if (end < 0) continue;
    a.end = end;
    a.text = scan.text.slice(a.start, end);
  }
}

/** Where the first comma before a main clause's auxiliary stands in [start, end), or -1. */
function closingComma(scan: Scan, start: number, end: number): number {
  MAIN_CLAUSE.lastIndex = 0;
  const slice = scan.masked.slice(start, end);
  for (let m = MAIN_CLAUSE.exec(slice); m; m = MAIN_CLAUSE.exec(slice)) {
    // (A comma must be printed there: a quotation right before the verb, "the word “no” has", closes nothing.)
    const comma = scan.text.slice(start + m.index, start + m.index + m[0].length).indexOf(',');
    if (comma >= 0) return start + m.index + comma;
  }
  return -1;
}
