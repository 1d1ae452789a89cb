// Quotations without a cue of their own take the speaker of the quotation they continue:
// the second half of a split quote ("“…,” he said. “There were …”"), a paragraph that carries
// on a multi-paragraph quotation, or a paragraph of quotation right after an attributed one.

import type { Attribution } from '../model';
import { isFragment, isTitle, type QuoteRegion } from '../quote-spans';
import { DATELINE, sentenceOf, type Scan } from '../scan';

const EXTRACTOR = 'sources/continuation';

export function inheritSpeakers(scan: Scan): void {
  let previous: QuoteRegion | null = null;
  for (const region of scan.regions) {
    const prev = previous;
    previous = region;
    if (scan.usedRegions.has(region)) continue;
    if (region.continues && prev && prev.openEnded) {
      const parent = scan.found.find((a) => a.direct && a.start === prev.innerStart);
      if (parent) {
        parent.end = region.innerEnd;
        parent.text = `${parent.text} ${scan.text.slice(region.innerStart, region.innerEnd)}`.replace(/[,;:]$/, '');
        scan.usedRegions.add(region);
        continue;
      }
    }
    if (isTitle(scan.text, region) || isFragment(scan.text, region)) continue;
    const sentence = sentenceOf(scan, region.block, region.start);
    if (!sentence) continue;
    const lead = scan.masked.slice(sentence.start, region.start).replace(DATELINE, '');
    if (lead.trim()) continue;
    const parent = parentOf(scan, region);
    if (!parent?.speaker) continue;
    scan.usedRegions.add(region);
    scan.found.push({
      start: region.innerStart, end: region.innerEnd, text: scan.text.slice(region.innerStart, region.innerEnd).replace(/[,;:]$/, ''),
      direct: true, cue: null, cueStart: parent.cueStart, speaker: parent.speaker, block: region.block,
      extractor: EXTRACTOR, confidence: parent.block === region.block ? 0.85 : 0.7,
    } satisfies Attribution);
  }
}

/** The attribution this quotation carries on: earlier in its paragraph, or ending the paragraph before. */
function parentOf(scan: Scan, region: QuoteRegion): Attribution | null {
  let best: Attribution | null = null;
  for (const a of scan.found) {
    if (a.block === region.block && a.direct && a.start < region.start && (!best || a.start > best.start)) best = a;
  }
  if (best) return best;
  const block = scan.blocks[region.block];
  if (!block || region.start !== block.start) return null;
  // Only when the paragraph holds nothing but quotation and the one before ended on an attribution.
  if (scan.masked.slice(region.end, block.end).trim().length > 2) return null;
  for (const a of scan.found) {
    if (a.block === region.block - 1 && (!best || a.start > best.start)) best = a;
  }
  return best;
}
