// A quotation introduced by its speaker's name and a colon, with no verb: the style of news
// roundups and newsletters ("STATES LEAN RIGHT - Ada Lind: “…”", "More from Lind: “…”", "From the
// report: “…”": after "from", a document as well as a person). The name
// must stand alone in its part of the sentence (at its start, after a dash, or after "from"), and
// what follows must read as a sentence of its own: a name that is an object ("a message for
// Lind:") or a label before a title ("Lind: “Tide”") is no speaker.

import type { Attribution } from '../model';
import { MASK, wordCount, type QuoteRegion } from '../quote-spans';
import { quotedAttribution } from '../quoted-attribution';
import { sentenceOf, type Scan } from '../scan';
import { readSpeaker } from '../speaker-phrase';

const EXTRACTOR = 'sources/name-colon-quote';
// The part of the sentence that holds only the name: after the sentence's start or a spaced dash,
// perhaps after "from" / "more from".
// ("… all along -More from Lind:": the dash may touch the words after it.)
const NAME_PART = /(?:^|\s[\u2014\u2013-]\s?)\s*(?:(?:more\s+)?from\s+)?([^\s\u2014\u2013:-](?:(?!\s-)[^\u2014\u2013:]){0,60}?)\s*:\s*$/i;
/** The same after a dash only: the part of a sentence that runs on past a quotation or a bracket. */
const DASHED_NAME_PART = /\s[\u2014\u2013-]\s?\s*(?:(?:more\s+)?from\s+)?([^\s\u2014\u2013:-](?:(?!\s-)[^\u2014\u2013:]){0,60}?)\s*:\s*$/i;
/** How far back from the quotation the name part may start. */
const MAX_LEAD = 200;
/** A quotation that is a sentence: it opens with a capital and runs at least this many words. */
const MIN_WORDS = 6;

/** The quotation's attribution to the name before the colon, or null. */
export function nameColonQuote(scan: Scan, region: QuoteRegion): Attribution | null {
  const sentence = sentenceOf(scan, region.block, region.start);
  if (!sentence || region.start <= sentence.start) return null;
  let from = sentence.start;
  let pattern = NAME_PART;
  // A roundup's items follow each other in one paragraph, each closing on its quotation or on a
  // bracketed credit ("… lead.” [Post.] NEXT HEADLINE - Lind: “…”"), which the sentence splitter does
  // not cut at: past the last quotation or bracket, only a dashed name part is read.
  // (Read back over a bounded window: a page of many quotations is not read again for each.)
  const windowStart = Math.max(from, region.start - MAX_LEAD);
  const window = scan.masked.slice(windowStart, region.start);
  const cut = Math.max(window.lastIndexOf(MASK), window.lastIndexOf(']'));
  if (cut >= 0 || windowStart > from) {
    from = windowStart + cut + 1;
    pattern = DASHED_NAME_PART;
  }
  const lead = scan.masked.slice(from, region.start);
  const m = pattern.exec(lead);
  if (!m) return null;
  const inner = scan.text.slice(region.innerStart, region.innerEnd);
  if (!/^\p{Lu}/u.test(inner) || wordCount(inner, MIN_WORDS) < MIN_WORDS) return null;
  const start = from + m.index + m[0].lastIndexOf(m[1]!);
  const speaker = readSpeaker(scan.masked, start, start + m[1]!.length);
  // ("From the report: “…”", "More from Bush's Facebook post: “…”": after "from", a document speaks too.)
  const fromDocument = /\bfrom\s/i.test(m[0]) && speaker?.kind === 'document';
  if (!speaker || !fromDocument && (speaker.form !== 'name' || speaker.kind !== 'person')) return null;
  const colon = from + lead.lastIndexOf(':');
  scan.usedCues.add(colon);
  return quotedAttribution(scan.text, region, { cue: ':', cueStart: colon, speaker, extractor: EXTRACTOR, confidence: 0.7 });
}
