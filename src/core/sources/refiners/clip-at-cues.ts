// An indirect content ends where the sentence credits it to someone else: "Amazonas declared an
// emergency over the fires, reported Euro News", "… a new system, the Sun Sentinel reports". The
// parsers read each content to its clause's end; a trailing credit found in it marks where the
// narration begins.

import { wordCount } from '../quote-spans';
import type { Scan } from '../scan';
import { attributionsByBlock } from './block-attributions';

/** What stands between the content and the credit: a comma, a dash or a closing quotation. */
const BREAK_BEFORE = /(?:[,;\u2014\u2013\uE000]|\s-)\s*$/;
const MIN_WORDS = 3;

export function clipAtOtherCues(scan: Scan): void {
  for (const list of attributionsByBlock(scan.found)) {
    for (const a of list) {
      if (a.direct || a.text !== scan.text.slice(a.start, a.end)) continue;
      let end = a.end;
      for (const b of list) {
        if (b === a || b.direct || !b.speaker || b.cueStart === a.cueStart) continue;
        // Where the other attribution's clause begins: its speaker or its cue, whichever comes first.
        const at = Math.min(b.speaker.start, b.cueStart);
        if (at <= a.start || at >= end || b.cueStart < a.start) continue;
        // Only a credit that closes what came before it ("…, reported Euro News"): one whose content
        // follows its cue is reported within ours ("said that since then, Hallworth has ensured …").
        if (b.end > at) continue;
        const lead = BREAK_BEFORE.exec(scan.masked.slice(Math.max(a.start, at - 16), at));
        if (!lead) continue;
        const cut = trimEnd(scan.text, a.start, at - lead[0].length);
        if (wordCount(scan.text.slice(a.start, cut), MIN_WORDS) >= MIN_WORDS) end = cut;
      }
      if (end === a.end) continue;
      a.end = end;
      a.text = scan.text.slice(a.start, end);
    }
  }
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,;:\u2014\u2013-]/.test(text[end - 1]!)) end--;
  return end;
}
