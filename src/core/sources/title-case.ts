// Headlines in title case ("Trump Says He Never Pledged …", "Clinton Urges Britain to Remain"): the
// cue is capitalised like the names around it, so the parsers, which look for lower-case cues, miss
// it and a name reading runs on through it. In a title-cased sentence, a capitalised cue word is
// lower-cased in the masked text (same length: offsets and the content's own letters are unchanged).

import { ATTITUDE_WORDS } from './attitude-lexicon';
import { CUE_WORDS } from './lexicon';
import type { Span } from '../types';

const WORD = /[\p{L}'\u2019-]+/gu;
/** Small words that headline style leaves in lower case. */
const MINOR = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'as', 'from', 'is', 'be', 'vs',
  // (Chicago style leaves every preposition in lower case: "… Calls for Special Prosecutor after Report …".)
  'after', 'over', 'into', 'about', 'up', 'out', 'off', 'via', 'than', 'amid', 'against', 'before', 'onto', 'upon',
]);
/**
 * The preposition of a phrasal cue, capitalised in some headline styles ("Calls For", "Lashes Out At"):
 * lowered with its verb, so the cue reads as it does in running text.
 */
const PARTICLES = new Set(['for', 'on', 'about', 'to', 'with', 'at', 'against', 'out', 'up', 'of', 'over', 'off', 'back', 'into']);
/** A finite verb form: headlines use the present ("Says", "Slams") or the past ("Said"). */
const FINITE = /(?:s|ed)$|^(?:said|told|thought|wrote|saw|knew|felt|took|spoke)$/;
/**
 * A plural noun ("Polls", "Survivors", "Republicans"; not "Congress", "Obamacare's"): after one, a
 * verb in the present takes no -s ("New Polls Show …", "Leaked Documents Reveal …").
 */
const PLURAL = /^\p{Lu}[\p{L}-]*[^su'\u2019]s$/u;

export function lowerTitleCaseCues(masked: string, sentences: Span[]): string {
  let out = masked;
  for (const sentence of sentences) {
    const slice = masked.slice(sentence.start, sentence.end);
    const words = [...slice.matchAll(WORD)];
    const major = words.filter((m) => !MINOR.has(m[0].toLowerCase()));
    if (major.length < 4 || major.some((m) => !/^\p{Lu}/u.test(m[0]))) continue;
    // The first word is the subject's, never the cue.
    for (const [k, m] of words.entries()) {
      if (k === 0) continue;
      const word = m[0].toLowerCase();
      const finite = FINITE.test(word) || PLURAL.test(words[k - 1]![0]);
      if (!/^\p{Lu}\p{Ll}+$/u.test(m[0]) || !finite || !(CUE_WORDS.has(word) || ATTITUDE_WORDS.has(word))) continue;
      // ("Hither Hills State Park": a cue with one word after it, to the end of the line, is a word
      // of a name; a headline's cue has something to report, unless the speaker follows it after a
      // comma, "…, Says Berg".)
      if (k === words.length - 2 && !/,\s*$/.test(slice.slice(0, m.index))) continue;
      const at = sentence.start + m.index!;
      out = out.slice(0, at) + word + out.slice(at + word.length);
      const next = words[k + 1];
      const particle = next?.[0].toLowerCase();
      if (next && particle !== next[0] && PARTICLES.has(particle!) && /^\s+$/.test(slice.slice(m.index! + m[0].length, next.index))) {
        const from = sentence.start + next.index!;
        out = out.slice(0, from) + particle + out.slice(from + particle!.length);
      }
    }
  }
  return out;
}
