// A cue inside a relative clause on its subject, "Ada Lund, who wrote books such as “Harbour
// Days,” has died at 90", "Ben Roe, who declared victory on Tuesday, will meet …": the clause
// closes at the comma before the main clause's verb, and so does the cue's content. The reader
// takes the content to the sentence's end, running on into the main clause, which says something
// about the subject, not what the subject said.
// Only an auxiliary or a modal opens the main clause here (a verb in -ed after a comma may be a
// participle phrase of the content's own), and only a content read without "that": in "who
// suggested that Lund, under fire, would resign" the clause after "that" has its own subject, and
// its apposition closes before that subject's verb.

import { ATTITUDE_WORDS, IRREGULAR_PAST } from '../attitude-lexicon';
import { CUE_WORDS } from '../lexicon';
import type { Scan } from '../scan';

/** The relative pronoun right before the cue (and up to two words of the verb phrase: "who did not respond"). */
const WHO_BEFORE_CUE = /,\s+who\s+(?:[\p{Ll}']+\s+){0,2}$/u;
/** The comma that closes the relative clause (on masked text, perhaps inside a quotation's end), then the main clause's auxiliary. */
const MAIN_CLAUSE = /[,\uE000"\u201D\u2019']+\s+(?:has|have|had|is|are|was|were|will|would|can|could|should|may|might|must)\s/g;

export function endRelativeClauses(scan: Scan): void {
  for (const a of scan.found) {
    if (a.direct || a.cueStart < 0 || a.cueStart >= a.start) continue;
    if (!WHO_BEFORE_CUE.test(scan.masked.slice(Math.max(0, a.cueStart - 40), a.cueStart))) continue;
    if (a.text !== scan.text.slice(a.start, a.end)) continue;
    const that = /\bthat\b/.test(scan.masked.slice(a.cueStart, a.start));
    const end = that ? -1 : closingComma(scan, a.start, a.end);
    const close = end >= 0 ? end : mainCueComma(scan, a.start, a.end, that);
    if (close < 0) continue;
    a.end = close;
    a.text = scan.text.slice(a.start, close);
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

/**
 * "Ada Lund, who said the mayor misled voters, recounted the meeting on the radio": the main clause
 * may open with a verb of saying or stance in a tense of its own, then its object (a participle of
 * the content's own is followed by its agent or an adjunct: "the plan, approved in May, …"). After
 * "that" only once the content's clause has its verb before the comma ("who said that the judge was
 * biased, issued a statement"; in "that Ben Roe, named in May, would …" the comma is an apposition's).
 */
const MAIN_CUE = /[,\uE000"\u201D\u2019']+\s+(?:(?:also|later|then|again|\p{Ll}+ly)\s+)?(\p{Ll}+)\s+(?!(?:by|in|on|at|to|for|from|with|as|of|last|this|next|earlier|during|after|before|over|under|into|since|until|and|or|but)\b)(?=[\p{L}\uE000"\u201C])/gu;
const CLAUSE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do)\b|\b\p{Ll}{2,}ed\b/u;

function mainCueComma(scan: Scan, start: number, end: number, that: boolean): number {
  MAIN_CUE.lastIndex = 0;
  const slice = scan.masked.slice(start, end);
  for (let m = MAIN_CUE.exec(slice); m; m = MAIN_CUE.exec(slice)) {
    const verb = m[1]!;
    if (!(CUE_WORDS.has(verb) || ATTITUDE_WORDS.has(verb)) || !(/(?:ed|[^su]s)$/.test(verb) || IRREGULAR_PAST.has(verb))) continue;
    const comma = scan.text.slice(start + m.index, start + m.index + m[0].length).indexOf(',');
    if (comma < 0) continue;
    if (that && !CLAUSE_VERB.test(slice.slice(0, m.index))) return -1;
    return start + m.index + comma;
  }
  return -1;
}
