// "“Parasite” director Bong Joon Ho said …", "“Harbour Lights” star Ada Lind": a work's title set in
// quotation marks before the noun for the person it is known by, and that person's name. The
// quoted words modify the noun phrase of the speaker; they are no one's statement, and read as a
// quotation they take the cue that belongs to the statement after the name. Only a passage in
// title case with no closing punctuation inside its marks, followed with no comma by one or two
// lower-case words and a capitalised one: a quotation handed over to its speaker closes on a comma
// ("“We will win,” director Ada Lind said").

import { CUE_WORDS } from './lexicon';
import type { QuoteRegion } from './quote-spans';

const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'vs']);
/** After the closing mark: a space, one or two lower-case words, a capitalised word. */
const NOUN_THEN_NAME = /^[ \u00A0]((?:\p{Ll}[\p{Ll}-]+ ){1,2})\p{Lu}/u;
/** A verb's shape: a past in -ed ("“Harbour Lights” helped Ada …" makes the title a subject, a case of its own). */
const PAST = /ed$/;
/** A title is short. */
const MAX_WORDS = 8;

/** True when `region` is a title-cased work's name modifying the noun and name right after it. */
export function isTitleBeforeNoun(text: string, region: QuoteRegion): boolean {
  const after = NOUN_THEN_NAME.exec(text.slice(region.end, region.end + 60));
  // (A cue there is the quotation's own, set off by no comma: "“We Will Win” said Ada Lind".)
  if (!after || after[1]!.trim().split(' ').some((w) => CUE_WORDS.has(w) || PAST.test(w))) return false;
  const inner = text.slice(region.innerStart, region.innerEnd);
  if (/[.!?,;:\u2026]$/.test(inner)) return false;
  const words = inner.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (!words.length || words.length > MAX_WORDS) return false;
  return /^[\p{Lu}\d]/u.test(words[0]!) && words.every((w) => MINOR_WORDS.has(w.toLowerCase()) || /^[\p{Lu}\d]/u.test(w));
}
