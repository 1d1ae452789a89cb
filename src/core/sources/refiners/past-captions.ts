// A photo's caption set between two paragraphs of one person's quotation ("“…,” said Lind. ¶
// [caption] Ada Lind at the quay on Monday ¶ “And the ferry …”") stands outside the text's thread:
// the paragraph of quotation after it goes on from the paragraph before it, as if nothing stood
// between. Only blocks the page itself marks as captions are passed over (a short paragraph that
// merely looks like one may be a line of the story), and only a few.

import type { TextBlock } from '../../types';

/** How many captions in a row may stand between a quotation and the one it carries on. */
const MAX_CAPTIONS = 2;

/** The index of the block before `index`, past the captions right before it (-1 if none). */
export function blockBeforeCaptions(blocks: readonly TextBlock[], index: number): number {
  let before = index - 1;
  for (let skipped = 0; before >= 0 && skipped < MAX_CAPTIONS && blocks[before]?.kind === 'caption'; skipped++) before--;
  return before;
}
