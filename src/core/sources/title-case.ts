// Headlines in title case ("Trump Says He Never Pledged …", "Clinton Urges Britain to Remain"): the
// cue is capitalised like the names around it, so the parsers, which look for lower-case cues, miss
// it and a name reading runs on through it. In a title-cased sentence, a capitalised cue word is
// lower-cased in the masked text (same length: offsets and the content's own letters are unchanged).

import { ATTITUDE_WORDS } from './attitude-lexicon';
import { CUE_WORDS } from './lexicon';
import type { Span } from '../types';

const WORD = /[\p{L}'\u2019-]+/gu;
/** Small words that headline style leaves in lower case. */
const MINOR = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'as', 'from', 'is', 'be', 'vs']);
/** A finite verb form: headlines use the present ("Says", "Slams") or the past ("Said"). */
const FINITE = /(?:s|ed)$|^(?:said|told|thought|wrote|saw|knew|felt|took|spoke)$/;

export function lowerTitleCaseCues(masked: string, sentences: Span[]): string {
  let out = masked;
  for (const sentence of sentences) {
    const slice = masked.slice(sentence.start, sentence.end);
    const words = [...slice.matchAll(WORD)];
    const major = words.filter((m) => !MINOR.has(m[0].toLowerCase()));
    if (major.length < 4 || major.some((m) => !/^\p{Lu}/u.test(m[0]))) continue;
    // The first word is the subject's, never the cue.
    for (const m of words.slice(1)) {
      const word = m[0].toLowerCase();
      if (!/^\p{Lu}\p{Ll}+$/u.test(m[0]) || !FINITE.test(word) || !(CUE_WORDS.has(word) || ATTITUDE_WORDS.has(word))) continue;
      const at = sentence.start + m.index!;
      out = out.slice(0, at) + word + out.slice(at + word.length);
    }
  }
  return out;
}
