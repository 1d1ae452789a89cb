// Quotations with a verb of manner or of going on for their cue, words that report speech only
// next to a quotation: "“…,” Holm shot back.", "“…?” Lind questioned.", "“…,” he went on.",
// "Lind went on to say, “…”", "Lind continued by saying, “…”", "Lind continues: “…”". Away from
// a quotation these verbs report nothing ("the talks went on", "he continues to fish", "police
// questioned him"), so they are no cues in the lexicon; here the quotation is the content and the
// phrase next to the verb (a person's name, a pronoun, a description of a person) the speaker.

import type { Attribution, SpeakerRef } from '../model';
import { MASK, type QuoteRegion } from '../quote-spans';
import { quotedAttribution } from '../quoted-attribution';
import { sentenceOf, type Scan } from '../scan';
import { readSpeaker } from '../speaker-phrase';
import { attributionAfterQuote } from './attribution-after-quote';

const EXTRACTOR = 'sources/manner-quote';
// After the quotation, closing the attribution ("“…,” Holm shot back." / "“…,” he went on, …").
// ("“…?” Lind pressed.", "“…?” Vitter demanded.": pushing a question; away from a quotation
// "pressed" and "demanded" take an object, a thing pushed for.)
const MANNER_AFTER = '(?:shot|fired|snapped|hit)\\s+back|went\\s+on|goes\\s+on|continues|questioned|pressed|demanded|jokes|answers|reacted|chimed\\s+in|cracked|deadpanned';
// Before it, with a comma or a colon ("Lind went on to say, “…”").
const MANNER_BEFORE = '(?:shot|fired|snapped|hit)\\s+back|went\\s+on\\s+to\\s+(?:say|add|write|tell\\s+\\S+)|(?:continued|began|ended|concluded|opened|closed)\\s+by\\s+(?:saying|adding|writing|noting)|continues|jokes|answers|reacted|chimed\\s+in|cracked|deadpanned';
const PHRASE = `[^\\s${MASK},.;:!?][^${MASK},.;:!?]{0,60}?`;
/** "…,” Holm shot back." — the subject, then the verb, then the end of the attribution. */
const SUBJECT_AFTER = new RegExp(`^[\\s,]*(${PHRASE})\\s+(${MANNER_AFTER})(?=\\s*(?:[.,;!?]|$))`);
/** "…,” continued Holm." — the verb, then the subject. */
const INVERTED_AFTER = new RegExp(`^[\\s,]*(continued|continues|questioned|pressed|demanded|reacted|answered)\\s+(${PHRASE})(?=\\s*(?:[.,;!?]|$))`);
/**
 * "“…,” mocked the weekly Harbour Post.", "“…,” fumed Holm.": any past tense right after the
 * quotation and before its subject, the sentence ending there, is the manner of that saying; in
 * this order nothing but a quotation's attribution stands ("“…,” directed by Holm" is a credit:
 * no preposition may follow the verb).
 */
const INVERTED_PAST = new RegExp(`^[\\s,]*(\\p{Ll}{2,}ed)\\s+(?!(?:by|in|on|at|to|from|with|for|as|up|out|off|over|into|onto|about|after|before|through|under|and|or|but)\\b)(${PHRASE})(?=\\s*(?:[.!?]|$))`, 'u');
/** "Holm went on to say, “…”" — the sentence opens with the subject, the verb closes on a comma or colon. */
const SUBJECT_BEFORE = new RegExp(`^\\s*(${PHRASE})\\s+(?:then\\s+|later\\s+)?(${MANNER_BEFORE})\\s*[,:]\\s*$`);
// The quotation opens its sentence: nothing before it but spaces, commas and dashes.
const OPENS = /^[\s,\u2014\u2013-]*$/;
/** How far before or after the quotation the attribution may run. */
const REACH = 90;

/** The quotation's attribution to the speaker next to a verb of manner, or null. */
export function mannerQuote(scan: Scan, region: QuoteRegion): Attribution | null {
  const sentence = sentenceOf(scan, region.block, region.start);
  if (!sentence) return null;
  const lead = scan.masked.slice(sentence.start, region.start);
  if (OPENS.test(lead)) {
    // (The attribution may be a sentence of its own after a quotation closed by "?" or "!".)
    const next = region.terminal ? sentenceOf(scan, region.block, region.end + 1) : null;
    const end = next && next.start - region.end <= 3 ? next.end : sentence.end;
    const after = scan.masked.slice(region.end, Math.min(end, region.end + REACH));
    const closing = attributionAfterQuote(after, region.end, INVERTED_AFTER, SUBJECT_AFTER);
    if (closing) return make(scan, region, closing.cueStart, closing.cue, closing.phraseStart, closing.phrase);
    // (In the inverted order a body or an outlet speaks too: "“…,” mocked the weekly Harbour Post.")
    const past = INVERTED_PAST.exec(after);
    if (!past) return null;
    const cueStart = region.end + past[0].indexOf(past[1]!);
    const phraseStart = region.end + past[0].length - past[2]!.length;
    return make(scan, region, cueStart, past[1]!, phraseStart, past[2]!, true);
  }
  if (lead.length > REACH || lead.includes(MASK)) return null;
  const before = SUBJECT_BEFORE.exec(lead);
  if (!before) return null;
  const phraseStart = sentence.start + before.index + before[0].indexOf(before[1]!);
  const cueStart = sentence.start + before.index + before[0].lastIndexOf(before[2]!);
  return make(scan, region, cueStart, before[2]!, phraseStart, before[1]!);
}

function make(scan: Scan, region: QuoteRegion, cueStart: number, cue: string, phraseStart: number, phrase: string, bodies = false): Attribution | null {
  const speaker = person(scan, phraseStart, phraseStart + phrase.trimEnd().length, bodies);
  if (!speaker) return null;
  scan.usedCues.add(cueStart);
  return quotedAttribution(scan.text, region, { cue: cue.replace(/\s+/g, ' '), cueStart, speaker, extractor: EXTRACTOR, confidence: 0.75 });
}

/**
 * Someone who speaks: a person's name, a personal pronoun, or a description of a person ("the
 * senator"). ("The talks went on", "the price shot back up": things do these too, and say nothing.)
 */
function person(scan: Scan, start: number, end: number, bodies = false): SpeakerRef | null {
  const speaker = readSpeaker(scan.masked, start, end);
  if (!speaker) return null;
  if (speaker.form === 'pronoun') return speaker.kind === 'person' || speaker.head === 'they' ? speaker : null;
  return speaker.kind === 'person' || speaker.kind === 'anonymous' || (bodies && speaker.kind === 'organization') ? speaker : null;
}
