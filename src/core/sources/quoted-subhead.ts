// "'A Fight to the Finish.'" standing alone between paragraphs: some newsrooms set their
// subheadings as a short phrase from the section below, in single quotation marks, the way
// headlines quote. In an article whose quotations are set in double marks ("…," or ''…''), a
// paragraph that holds nothing but a short single-quoted passage is such a subheading: it carries
// on no one's quotation, and the quotation it echoes is read where it stands in the text.
// Where the article sets its own quotations in single marks (British style), a paragraph of one
// single-quoted passage is a speaker's next paragraph, and this reads nothing.

import type { TextBlock } from '../types';
import { wordCount, type QuoteRegion } from './quote-spans';

/** A subheading is a phrase or a short sentence, not a paragraph of speech. */
const MAX_WORDS = 10;
/** Opening single marks: the straight apostrophe (not doubled) and the curly one. */
const SINGLE_OPENING = /^(?:'(?!')|\u2018)/;
/** Opening double marks: straight, curly, low, guillemet, and two apostrophes. */
const DOUBLE_OPENING = /^(?:["\u201C\u201E\u00AB]|'')/;

/** True when the article quotes in double marks anywhere. */
export function quotesInDoubleMarks(text: string, regions: readonly QuoteRegion[]): boolean {
  return regions.some((r) => DOUBLE_OPENING.test(text.slice(r.start, r.start + 2)));
}

/**
 * True when `region` is a whole paragraph of a few words in single marks, in an article that
 * quotes in double marks (`doubleMarks`, from quotesInDoubleMarks).
 */
export function isQuotedSubhead(text: string, region: QuoteRegion, block: TextBlock | undefined, doubleMarks: boolean): boolean {
  if (!doubleMarks || !block || region.openEnded) return false;
  if (!SINGLE_OPENING.test(text.slice(region.start, region.start + 2))) return false;
  // Nothing else in the paragraph but the marks and spaces.
  if (text.slice(block.start, region.start).trim() || text.slice(region.end, block.end).trim()) return false;
  return wordCount(text.slice(region.innerStart, region.innerEnd), MAX_WORDS + 1) <= MAX_WORDS;
}
