// "While Ann Roe said the fares were too high, she kept them": a verb of saying (or a stance)
// in a clause that a subordinator opens at the start of the sentence reports only up to the comma
// that closes that clause; what follows is the main clause, the writer's own. clipAtNewSubjects ends
// the content there when the main clause has an attribution of its own; this ends it when it has
// none. Read from the clause's shape: the speaker right after the subordinator, the cue in the same
// clause, then the first comma of the content with a main clause's subject after it. Not "As …":
// "As Lund noted, the pier is old" reports the main clause (as-reported.ts).

import { sentenceOf, type Scan } from '../scan';
import { FRONTED_SUBORDINATORS } from './clip-at-new-subjects';

/** The sentence up to the speaker is only a subordinator: "While ", "But although ". */
const SUBORDINATOR_LEAD = new RegExp(String.raw`^\s*(?:(?:and|but|yet)\s+)?${FRONTED_SUBORDINATORS}\s+$`, 'i');
/**
 * After the comma, a main clause's subject: a subject pronoun, or a name and a word that is no
 * preposition or relative. (Not a determiner's phrase: "plans to tax carried interest, a loophole
 * important to …, as evidence" is an apposition.)
 */
const MAIN_CLAUSE_AFTER = /^,\s+(?:(?:he|she|they|we|I|you|there)\s+\p{Ll}|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}\s+(?!(?:of|for|from|in|at|on|to|and|or|who|whose|which|with|by|as)\b)\p{Ll}{2,})/u;
/** A content shorter than this is left whole (a single word before the comma is no clause). */
const MIN_WORDS = 2;

export function endSubordinateClauses(scan: Scan): void {
  const { masked, text } = scan;
  for (const a of scan.found) {
    if (a.direct || !a.speaker || a.cueStart >= a.start || a.text !== text.slice(a.start, a.end)) continue;
    const sentence = sentenceOf(scan, a.block, a.cueStart);
    if (!sentence || a.speaker.start < sentence.start || a.speaker.start > a.cueStart) continue;
    if (!SUBORDINATOR_LEAD.test(masked.slice(sentence.start, a.speaker.start))) continue;
    // (The cue in the speaker's own clause: no comma between them.)
    if (/[,;:]/.test(masked.slice(a.speaker.end, a.cueStart))) continue;
    const comma = masked.indexOf(',', a.start);
    if (comma < 0 || comma >= a.end) continue;
    if (!MAIN_CLAUSE_AFTER.test(masked.slice(comma, Math.min(a.end, comma + 60)))) continue;
    let end = comma;
    while (end > a.start && /\s/.test(text[end - 1]!)) end--;
    if (text.slice(a.start, end).trim().split(/\s+/).length < MIN_WORDS) continue;
    a.end = end;
    a.text = text.slice(a.start, end);
  }
}
