// An indirect content that ends on a credit of its own words to someone else: "… Roe wanted the
// boxes moved, but she refused, Lund told investigators", "… as prices fell, the Harbour Gazette
// reported earlier this year", "… killing over 200, according to United Nations figures". The
// credit is the narration's, not part of what the first speaker said; clip-at-cues.ts cuts at such
// a credit when a parser read it as an attribution, this cuts at one no parser read (its content
// was already taken by the first).
//
// Only a credit whose subject is a name, a noun phrase with a determiner or a bare plural ("police",
// "officials"), never a pronoun or a relative ("…, which he said", "…, as she said"): those go on
// with the sentence or are the same speaker's.

import type { Scan } from '../scan';
import { wordCount } from '../quote-spans';
import { NAME_WORD_START } from '../name-word';

/** A word of a subject noun phrase: capitalised ("Harbour", "Gazette's") or lower case ("arrest", "affidavit"). */
const WORD = String.raw`[\p{L}][\p{L}'\u2019.&-]*`;
/** The credit's subject: a determiner and up to four words, up to four capitalised words, or one bare plural noun. */
const SUBJECT = String.raw`(?:(?:the|a|an|its|his|her|their)\s+(?:${WORD}\s+){0,3}${WORD}|${NAME_WORD_START}[\p{L}'\u2019.&-]*(?:\s+${NAME_WORD_START}[\p{L}'\u2019.&-]*){0,3}|(?:police|officials|investigators|prosecutors|authorities|witnesses|residents|researchers|analysts|sources))`;
/** What may follow the verb: a recipient of "told", a day or a time, "in a statement". */
const AFTER_VERB = String.raw`(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day|\s+(?:earlier|late|last)\s+(?:this\s+)?(?:week|month|year)|\s+in\s+a\s+statement)?`;
const VERB = String.raw`(?:said|says|reported|reports|wrote|writes|told\s+(?:the\s+)?(?:\p{Ll}+|${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){0,2}))`;
const CREDIT_END = new RegExp(String.raw`,\s+(?:${SUBJECT}\s+${VERB}${AFTER_VERB}|according\s+to\s+(?:${SUBJECT})(?:\s+(?:figures|data|estimates|records))?)\s*[.]?\s*$`, 'u');
/** Words that open no subject: pronouns, relatives, conjunctions, adverbs the sentence goes on with. */
const NO_SUBJECT = /^,\s+(?:he|she|it|they|we|i|you|which|who|that|as|what|and|but|or|so|then|when|while|where|this|these|those|there|here|one|some|many|most)\b/i;
/** How many words a statement keeps at least (a position may keep one: "the tolls"). */
const MIN_WORDS = 3;

export function clipTrailingCredits(scan: Scan): void {
  for (const a of scan.found) {
    if (a.direct || a.text !== scan.text.slice(a.start, a.end)) continue;
    const content = scan.masked.slice(a.start, a.end);
    const credit = CREDIT_END.exec(content);
    if (!credit || NO_SUBJECT.test(credit[0])) continue;
    let end = a.start + credit.index;
    while (end > a.start && /[\s,;:\u2014\u2013-]/.test(scan.text[end - 1]!)) end--;
    if (wordCount(scan.text.slice(a.start, end), MIN_WORDS) < (a.attitude ? 1 : MIN_WORDS)) continue;
    a.end = end;
    a.text = scan.text.slice(a.start, end);
  }
}
