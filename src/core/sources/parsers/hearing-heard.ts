// What a court hearing was told: "Empty packets were found next to the body, an inquest heard.",
// "He took the test to show he was honest, the hearing was told.", "The court heard that the van
// had no brakes." Court reporting credits evidence to the hearing that heard it, not to a witness
// it leaves unnamed, and readers name the hearing as the source. Only a hearing's noun as the
// subject ("the inquest", "the trial", "a tribunal"); "the neighbours heard a bang" hears a sound,
// and "nurses were told" names the ones told (reporting-verb.ts leaves both alone).

import type { Attribution } from '../model';
import { wordCount } from '../quote-spans';
import { DATELINE, sentenceMatches, type Scan } from '../scan';
import { readSpeaker } from '../speaker-phrase';

const EXTRACTOR = 'sources/hearing-heard';
/** The hearing's noun phrase: an article, at most two words before the noun ("the Old Bailey trial"). */
const HEARING = String.raw`(?:an?|the)\s+(?:[\p{L}'\u2019-]+\s+){0,2}?(?:inquest|court|hearing|trial|tribunal|inquiry|jury|jurors|magistrates)`;
const HEARD = String.raw`(?:heard|was\s+told|were\s+told|has\s+heard|had\s+heard|has\s+been\s+told|had\s+been\s+told)`;
/** "…, an inquest heard on Wednesday." closing the sentence: what was said comes before the comma. */
const TRAILING = new RegExp(String.raw`,\s+(${HEARING})\s+(${HEARD})(?:\s+(?:on|last|this|earlier)\s+\S+|\s+\p{L}+day)?\s*[.!?]?\s*$`, 'giu');
/** Words credited inside the content to someone the hearing heard: "in Roe's words", "according to Roe". */
const CREDITED_INSIDE = /\b(?:in\s+(?:[^\s,;]+\s+){0,3}?[^\s,;]+['\u2019]s?\s+(?:own\s+)?words|according\s+to)\b/i;
/** "The court heard that …", "The inquest was told how …" opening the sentence. */
const LEADING = new RegExp(String.raw`^\s*(${HEARING})\s+(${HEARD})\s+(?:that|how)\s+`, 'giu');

export function parseHearingHeard(scan: Scan): void {
  for (const { match, sentence, block } of sentenceMatches(scan, TRAILING)) {
    const phraseStart = sentence.start + match.index + match[0].indexOf(match[1]!);
    add(scan, block, sentence.start, sentence.start + match.index, phraseStart, match[1]!, match[2]!);
  }
  for (const { match, sentence, block } of sentenceMatches(scan, LEADING)) {
    const phraseStart = sentence.start + match.index + match[0].indexOf(match[1]!);
    add(scan, block, sentence.start + match.index + match[0].length, sentence.end, phraseStart, match[1]!, match[2]!);
  }
}

function add(scan: Scan, block: number, from: number, to: number, phraseStart: number, phrase: string, heard: string): void {
  const cueStart = phraseStart + phrase.length + 1;
  if (scan.usedCues.has(cueStart)) return;
  // ("Lund had told his landlady it “didn't go well”, the inquest heard": a statement the hearing
  // heard reported is the one who made it, read already.)
  if (scan.found.some((a) => a.cueStart >= from && a.cueStart < to)) return;
  // (Nor one that credits its words inside: "… she was, in Captain Roe's words, the best pilot", read by viewpoint-frame.ts.)
  if (CREDITED_INSIDE.test(scan.masked.slice(from, to))) return;
  const speaker = readSpeaker(scan.masked, phraseStart, phraseStart + phrase.length);
  if (!speaker) return;
  let start = from;
  let end = to;
  while (start < end && /\s/.test(scan.text[start]!)) start++;
  while (end > start && /[\s,.;:!?]/.test(scan.text[end - 1]!)) end--;
  const dateline = DATELINE.exec(scan.text.slice(start, end));
  if (dateline) start += dateline[0].length;
  const text = scan.text.slice(start, end);
  if (wordCount(text, 4) < 4) return;
  scan.usedCues.add(cueStart);
  scan.found.push({
    start, end, text, direct: false, cue: heard.replace(/\s+/g, ' '), cueStart, speaker, block, extractor: EXTRACTOR, confidence: 0.8,
  } satisfies Attribution);
}
