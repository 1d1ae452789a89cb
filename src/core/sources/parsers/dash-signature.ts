// A quotation set as a paragraph of its own and signed on the next line with a dash and a name:
//
//   "I never voted to raise the toll."
//
//   - Alma Reyes, in the debate.
//
// Fact checks, epigraphs and pull-quotes attribute this way. The signature names the speaker; without
// this reader the quotation has no cue and would take the speaker of whatever came before it.

import type { Attribution } from '../model';
import { wordCount, type QuoteRegion } from '../quote-spans';
import type { Scan } from '../scan';
import { readSpeaker } from '../speaker-phrase';
import { NAME_WORD_START } from '../name-word';

const EXTRACTOR = 'sources/dash-signature';
/** A dash, then a capitalised name of up to five words, then the end or a comma/period and a short note. */
const SIGNATURE = new RegExp(String.raw`^[\s]*[-\u2013\u2014]{1,2}[\s]*((?:${NAME_WORD_START}[\p{L}.'\u2019-]*)(?:\s+(?:${NAME_WORD_START}[\p{L}.'\u2019-]*|de|van|von|al|bin)){0,4})[\s]*(?:[,.;:(]|$)`, 'u');
/** A signature line is short: a name and at most a brief note ("in the debate", "tweeting after the speech"). */
const MAX_SIGNATURE = 120;
/** Nothing but spaces, closing marks and punctuation around the quotation in its paragraph. */
const ONLY_MARKS = /^[\s"'\u201C\u201D\u2018\u2019.,;:!?\u2026]*$/;

export function parseDashSignatures(scan: Scan): void {
  // The quotation that fills each paragraph, by paragraph.
  const whole = new Map<number, QuoteRegion>();
  for (const region of scan.regions) {
    const block = scan.blocks[region.block];
    if (!block || region.end > block.end) continue;
    if (!ONLY_MARKS.test(scan.text.slice(block.start, region.start)) || !ONLY_MARKS.test(scan.text.slice(region.end, block.end))) continue;
    whole.set(region.block, region);
  }
  for (const [index, region] of whole) {
    const next = scan.blocks[index + 1];
    if (!next || next.kind !== scan.blocks[index]!.kind || scan.usedRegions.has(region)) continue;
    const line = scan.text.slice(next.start, next.end);
    if (line.length > MAX_SIGNATURE) continue;
    const m = SIGNATURE.exec(line);
    if (!m) continue;
    const nameStart = next.start + m[0].indexOf(m[1]!);
    const speaker = readSpeaker(scan.text, nameStart, nameStart + m[1]!.replace(/\.$/, '').length);
    if (!speaker || speaker.form !== 'name') continue;
    if (wordCount(scan.text.slice(region.innerStart, region.innerEnd), 3) < 3) continue;
    scan.usedRegions.add(region);
    scan.found.push({
      start: region.innerStart, end: region.innerEnd, text: scan.text.slice(region.innerStart, region.innerEnd),
      direct: true, cue: m[0].trim()[0]!, cueStart: next.start, speaker, block: index, extractor: EXTRACTOR, confidence: 0.8,
    } satisfies Attribution);
  }
}
