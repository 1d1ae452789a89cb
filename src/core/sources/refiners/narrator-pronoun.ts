// The writer's own "I" and "we". In a first-person post or column, a first-person pronoun outside
// any quotation is the one who wrote the page, and the page's own author is no source (the kit's
// guideline): "I am glad that …" in a blog post is not something the person named last said.
// Inside a quotation, or in a paragraph that carries on a quotation from the paragraph before, the
// "I" is the quoted speaker's and the looser reading may still guess who that is.

import type { Scan } from '../scan';
import type { SpeakerRef } from '../model';
import type { QuoteRegion } from '../quote-spans';

const DOUBLE_MARK = /["\u201C\u201D\u201E\u00AB\u00BB]/g;
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our', 'myself', 'ourselves']);

/** Whether `ref` is a first-person pronoun in the writer's own narration (no quotation holds it). */
export function isNarratorPronoun(scan: Scan, ref: SpeakerRef, block: number): boolean {
  if (ref.form !== 'pronoun') return false;
  const head = (ref.head ?? ref.text).toLowerCase();
  return FIRST_PERSON.has(head) && inNarration(scan, ref.start, block);
}

/** Whether `at` (in block `block`) stands in the writer's own narration: no quotation holds it or its paragraph. */
export function inNarration(scan: Scan, at: number, block: number): boolean {
  const inBlock: QuoteRegion[] = [];
  for (const r of scan.regions) {
    if (r.block > block) break;
    if (r.block !== block) continue;
    // (Within a quotation: the quoted speaker's "I".)
    if (r.start <= at && at < r.end) return false;
    // (A paragraph a quotation runs into or out of is the quoted speaker's account.)
    if (r.continues || r.openEnded) return false;
    inBlock.push(r);
  }
  // (A double mark no quotation was read from, "\"I think …,\" Roe said" in an escaped page: where
  // the quotation stands is unknown, so the "I" may be the quoted speaker's.)
  const span = scan.blocks[block];
  if (span) {
    DOUBLE_MARK.lastIndex = 0;
    const text = scan.text.slice(span.start, span.end);
    for (let m = DOUBLE_MARK.exec(text); m; m = DOUBLE_MARK.exec(text)) {
      const at = span.start + m.index;
      if (!inBlock.some((r) => at >= r.start && at < r.end)) return false;
    }
  }
  return true;
}
