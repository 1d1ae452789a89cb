// A quoted passage read as a direct quote. Every reader that attributes a quotation builds the same
// record: its span is the passage inside the marks, and its text drops a trailing comma, semicolon or
// colon (the punctuation that hands over to "she said").

import type { Attribution, SpeakerRef } from './model';
import type { QuoteRegion } from './quote-spans';

/** Who said the passage, by which cue, as found by which reader. */
export interface QuotedBy {
  cue: string | null;
  cueStart: number;
  speaker: SpeakerRef | null;
  extractor: string;
  confidence: number;
}

/** The direct quote of `region` in `text`, said as `by` tells. */
export function quotedAttribution(text: string, region: QuoteRegion, by: QuotedBy): Attribution {
  return {
    start: region.innerStart, end: region.innerEnd, text: text.slice(region.innerStart, region.innerEnd).replace(/[,;:]$/, ''),
    direct: true, cue: by.cue, cueStart: by.cueStart, speaker: by.speaker, block: region.block, extractor: by.extractor,
    confidence: by.confidence,
  };
}
