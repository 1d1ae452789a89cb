// "Mapleworks, one of the larger firms, including Orbit, Zenix and Quell, recently announced …":
// an example list hung on the phrase before it runs over several commas, one per item. Split at
// every comma, its last item stood next to the verb and was read as the subject (or as a name the
// description before it describes). The list names examples, never who speaks: set aside whole,
// it leaves the subject and its apposition ("Mapleworks, one of the larger firms").

import type { Span } from '../types';

/** The word that opens an example list: "including …", "such as …", "among them …". */
const LIST_OPENING = /^\s*(?:including|such\s+as|among\s+them)\s/i;
/** A list item: a short phrase ("Zenix", "Zenix and Quell", "Orbit Ltd"). */
const ITEM = /^\s*(?:(?:and|or)\s+)?[\p{L}\p{N}&.'\u2019-]+(?:\s+[\p{L}\p{N}&.'\u2019-]+){0,3}\s*$/u;
/** What a list item never holds: a verb that would make it a clause of its own. */
const VERB_LIKE = /\s(?:is|are|was|were|has|have|had|said|says|will|would)\s/i;

/**
 * How many of the trailing `segments` form an example list set off before the verb: one that
 * opens with "including"/"such as", after a name and its description, and the short items
 * after it (one at least). Zero when the segments end in anything else.
 */
export function includedListLength(masked: string, segments: readonly Span[]): number {
  // (A list within one segment, ", including Ann Roe,", is read as an aside already, clause.ts.)
  const isItem = (span: Span) => {
    const text = masked.slice(span.start, span.end);
    // (Set off by a comma: a quotation blanked out also splits segments, "… a ''dissent'' memo on Syria,".)
    return masked[span.start - 1] === ',' && ITEM.test(text) && !VERB_LIKE.test(` ${text} `);
  };
  if (!segments.length || !isItem(segments[segments.length - 1]!)) return 0;
  // (Only after a name and its description, "X, one of the larger firms, including …": a list right
  // after the first segment may hang on a phrase inside it, "… despite a few early backers of the
  // bill, such as A, R-Tenn., and B, now saying …", whose head the first segment alone does not give.)
  for (let k = segments.length - 2; k >= 2; k--) {
    const text = masked.slice(segments[k]!.start, segments[k]!.end);
    if (LIST_OPENING.test(text)) return VERB_LIKE.test(` ${text} `) ? 0 : segments.length - k;
    if (!isItem(segments[k]!)) return 0;
  }
  return 0;
}
