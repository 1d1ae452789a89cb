// A photo's caption set between the paragraphs of a story ("She withdrew part of her complaint. ¶
// [caption] Mara Voss is serving a sentence for fraud. (AP) ¶ She said she …") describes the
// picture, not the thread of the text: the person it names is no antecedent for a "he" or "she"
// in the prose after it. Only blocks the page marks as captions are passed over, and a caption's
// own pronoun still finds the names of its own caption.

import type { Scan } from '../scan';

/** Whether a name found in block `mentionBlock` stands in a caption aside from the pronoun's block. */
export function inCaptionAside(scan: Scan, mentionBlock: number, pronounBlock: number): boolean {
  return mentionBlock !== pronounBlock && scan.blocks[mentionBlock]?.kind === 'caption';
}
