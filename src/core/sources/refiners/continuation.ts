// Quotations without a cue of their own take the speaker of the quotation they continue:
// the second half of a split quote ("“…,” he said. “There were …”"), a paragraph that carries
// on a multi-paragraph quotation, or a paragraph of quotation right after an attributed one.

import type { Attribution } from '../model';
import { isFragment, isTitle, type QuoteRegion } from '../quote-spans';
import { quotedAttribution } from '../quoted-attribution';
import { isQuotedSubhead, quotesInDoubleMarks } from '../quoted-subhead';
import { leadIn, MAX_FOUND, sentenceOf, type Scan } from '../scan';
import { carriesToNextParagraph, creditAround } from './continuation-parent';
import { blockBeforeCaptions } from './past-captions';

const EXTRACTOR = 'sources/continuation';

export function inheritSpeakers(scan: Scan): void {
  // Direct quotes by where they start, and every attribution by block: lookups stay cheap.
  const byStart = new Map<number, Attribution>();
  const byBlock = new Map<number, Attribution[]>();
  const index = (a: Attribution) => {
    if (a.direct) byStart.set(a.start, a);
    const list = byBlock.get(a.block) ?? [];
    list.push(a);
    byBlock.set(a.block, list);
  };
  scan.found.forEach(index);
  const inherit = (region: QuoteRegion, parent: Attribution, confidence: number) => {
    scan.usedRegions.add(region);
    const attribution = quotedAttribution(scan.text, region, { cue: null, cueStart: parent.cueStart, speaker: parent.speaker, extractor: EXTRACTOR, confidence });
    scan.found.push(attribution);
    index(attribution);
  };
  const doubleMarks = quotesInDoubleMarks(scan.text, scan.regions);
  let previous: QuoteRegion | null = null;
  for (const region of scan.regions) {
    if (scan.found.length >= MAX_FOUND) return;
    const prev = previous;
    previous = region;
    if (scan.usedRegions.has(region)) continue;
    // A paragraph that carries on an open quotation is a passage of its own, by the same speaker
    // (the fact sheet lists each quoted passage on its own).
    const carried = region.continues && prev?.openEnded ? byStart.get(prev.innerStart) : undefined;
    if (carried) {
      inherit(region, carried, 0.85);
      continue;
    }
    if (isTitle(scan.text, region) || isFragment(scan.text, region)) continue;
    // ("'A Fight to the Finish.'" alone between paragraphs: a subheading, no one's next words.)
    if (isQuotedSubhead(scan.text, region, scan.blocks[region.block], doubleMarks)) continue;
    const sentence = sentenceOf(scan, region.block, region.start);
    if (!sentence) continue;
    const lead = leadIn(scan, sentence.start, region.start);
    if (lead === null || lead.trim()) continue;
    const parent = parentOf(scan, region, byBlock);
    if (!parent?.speaker) continue;
    inherit(region, parent, parent.block === region.block ? 0.85 : 0.7);
  }
}

/** The attribution this quotation carries on: earlier in its paragraph, or ending the paragraph before. */
function parentOf(scan: Scan, region: QuoteRegion, byBlock: Map<number, Attribution[]>): Attribution | null {
  let best: Attribution | null = null;
  for (const a of lastFew(byBlock.get(region.block))) {
    // "… ''because they expect more,'' Mr. Chipok said. ''But …''": an indirect statement closed by
    // its cue (a quotation inside it) is carried on just as a direct one.
    const closedByCue = !a.direct && a.speaker !== null && a.cueStart >= a.end && a.cueStart < region.start;
    if ((a.direct || closedByCue) && a.start < region.start && (!best || a.start > best.start)) best = a;
  }
  if (best) return best;
  const reported = reportedRightBefore(scan, region, byBlock);
  if (reported && closesSentence(scan, region)) return reported;
  const block = scan.blocks[region.block];
  if (!block || region.start !== block.start) return null;
  // Only when the paragraph holds nothing but quotation and the one before ended on an attribution.
  if (block.end - region.end > 2 && scan.masked.slice(region.end, block.end).trim().length > 2) return null;
  // (A photo's caption between the two paragraphs stands outside the thread, past-captions.ts.)
  const beforeIndex = blockBeforeCaptions(scan.blocks, region.block);
  const previous = lastFew(byBlock.get(beforeIndex));
  for (const a of previous) {
    if (!best || a.start > best.start) best = a;
  }
  // ("…, according to a report by Relief Watch, a network aiming to …": a position read in the
  // credit's apposition is no thread of its own; the credited statement is, continuation-parent.ts.)
  if (best) best = creditAround(best, previous) ?? best;
  // (Not after a paragraph that only tells what someone thinks or wants, or whose last attribution
  // stands in a bracketed aside or a relative clause, nor after a headline's stance: continuation-parent.ts.)
  const before = scan.blocks[beforeIndex];
  if (!best || !before) return null;
  const headline = before.kind === 'headline' || (beforeIndex === 0 && before.kind === 'paragraph');
  const sentenceStart = sentenceOf(scan, best.block, best.cueStart)?.start ?? before.start;
  return carriesToNextParagraph(best, scan.text, scan.masked, sentenceStart, before.start, headline) ? best : null;
}

/**
 * "Roe says she felt sorry for him. “I even lent him my bike.”": a quotation standing alone right
 * after the sentence that ends on someone's reported statement (cue first, content to the sentence's
 * end) goes on in that speaker's own words. Not after a position ("Roe hopes …"): a belief is no
 * telling the next words continue; and only when nothing but the full stop stands between.
 */
function reportedRightBefore(scan: Scan, region: QuoteRegion, byBlock: Map<number, Attribution[]>): Attribution | null {
  let last: Attribution | null = null;
  for (const a of lastFew(byBlock.get(region.block))) {
    if (a.end <= region.start && (!last || a.end > last.end)) last = a;
  }
  if (!last || last.direct || last.attitude || !last.speaker || last.cueStart >= last.start) return null;
  return STOP_BETWEEN.test(scan.masked.slice(last.end, region.start)) ? last : null;
}
const STOP_BETWEEN = /^[.!?]\s*$/;

/**
 * The quotation is a sentence of its own: a full stop ends it (inside or right after the closing
 * mark) or its paragraph does, and nothing but punctuation follows it in its sentence. ("“…?” Todd
 * asked her." has a cue of its own after the mark that ends its sentence.)
 */
function closesSentence(scan: Scan, region: QuoteRegion): boolean {
  const sentence = sentenceOf(scan, region.block, region.start);
  if (!sentence || !/^[\s\u201d\u2019"')]*$/.test(scan.masked.slice(region.end, sentence.end).replace(/^\s*\./, ''))) return false;
  if (FULL_STOP_END.test(scan.text.slice(region.start, region.end)) || /^\s*\./.test(scan.text.slice(region.end, region.end + 3))) return true;
  // (A question or exclamation that ends its paragraph has nothing after it to credit it either.)
  const block = scan.blocks[region.block];
  return Boolean(block) && !scan.masked.slice(region.end, block!.end).trim();
}
const FULL_STOP_END = /\.['"\u2019\u201d\s]*$/;

/** The latest attributions of a block (a bound on work in paragraphs full of quotes). */
function lastFew(list: Attribution[] | undefined): Attribution[] {
  return list ? list.slice(-64) : [];
}
