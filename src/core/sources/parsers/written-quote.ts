// Quotations a written text carries, with "read" for its cue: "“Friend, I can beat her,” read the
// email.", "“…,” the statement read.", "The letter reads: “…”". The writing (a statement, an
// email, a letter, an editorial) is the source. "Read" is no cue of speech ("she read the
// report"), so only a document may be its subject, and only a quotation its content.

import type { Attribution, SpeakerRef } from '../model';
import { MASK, type QuoteRegion } from '../quote-spans';
import { quotedAttribution } from '../quoted-attribution';
import { sentenceOf, type Scan } from '../scan';
import { readSpeaker } from '../speaker-phrase';
import { DOCUMENT_NOUNS } from '../lexicon';
import { attributionAfterQuote } from './attribution-after-quote';

const EXTRACTOR = 'sources/written-quote';
const READ = '(?:read|reads)';
// After the quotation: "…,” read the email." / "…,” the email read."
const INVERTED_AFTER = new RegExp(`^[\\s,]*(${READ})\\s+([^\\s${MASK},.;:!?][^${MASK},.;:!?]{0,60}?)(?=\\s*(?:[.,;!?]|$))`);
const SUBJECT_AFTER = new RegExp(`^[\\s,]*([^\\s${MASK},.;:!?][^${MASK},.;:!?]{0,60}?)\\s+(${READ})\\s*(?=[.,;!?]|$)`);
// The quotation opens its sentence: nothing before it but spaces, commas and dashes.
const OPENS = /^[\s,\u2014\u2013-]*$/;
// Before it: "The email read: “…”", "a statement that read, “…”" (read within 80 characters).
const BEFORE = new RegExp(`(?:^|[\\s,])([^${MASK},.;:!?]{1,60}?)\\s+(?:(?:that|which)\\s+)?(${READ})\\s*[,:]?\\s*$`);

/** The quotation's attribution to the writing that reads it, or null. */
export function writtenQuote(scan: Scan, region: QuoteRegion): Attribution | null {
  const sentence = sentenceOf(scan, region.block, region.start);
  if (!sentence) return null;
  const lead = scan.masked.slice(Math.max(sentence.start, region.start - 80), region.start);
  // After the quotation only when it opens its sentence, as the cue-after rule reads it.
  if (OPENS.test(scan.masked.slice(sentence.start, region.start))) {
    const after = scan.masked.slice(region.end, Math.min(sentence.end, region.end + 80));
    const closing = attributionAfterQuote(after, region.end, INVERTED_AFTER, SUBJECT_AFTER);
    if (closing) return make(scan, region, closing.cueStart, closing.cue, closing.phraseStart, closing.phrase);
  }
  const before = BEFORE.exec(lead);
  if (!before) return null;
  const leadStart = region.start - lead.length;
  const phraseStart = leadStart + before.index + before[0].indexOf(before[1]!);
  const cueStart = leadStart + before.index + before[0].lastIndexOf(before[2]!);
  return make(scan, region, cueStart, before[2]!, phraseStart, before[1]!);
}

// The subject after a fronted adjunct: "The next morning | the headline read: “…”" (the last
// determiner of the phrase opens it).
const LAST_DETERMINER = /\s((?:the|a|an|this|its|his|her|their)\s+[^\s]+(?:\s+[^\s]+)?)$/;

const PREPOSITION_END = /(?:^|\s)(?:of|in|on|at|from|by|for|with|to|under|about|inside|beneath|below|above)$/i;

function make(scan: Scan, region: QuoteRegion, cueStart: number, cue: string, phraseStart: number, phrase: string): Attribution | null {
  const end = phraseStart + phrase.trimEnd().length;
  let speaker = writing(scan, phraseStart, end);
  const fronted = speaker ? null : LAST_DETERMINER.exec(phrase.trimEnd());
  // (Not the object of a preposition: "The caption of her post reads" is the caption's.)
  if (fronted && PREPOSITION_END.test(phrase.slice(0, fronted.index))) return null;
  if (fronted) speaker = writing(scan, phraseStart + fronted.index + 1, end);
  if (!speaker) return null;
  scan.usedCues.add(cueStart);
  return quotedAttribution(scan.text, region, { cue, cueStart, speaker, extractor: EXTRACTOR, confidence: 0.8 });
}

/**
 * A document ("the email", "a statement from the campaign"): what can read as a text does, or its
 * maker when the phrase names one ("the tweet from Skerry magazine", which the phrase reader gives as
 * the magazine, headed by the document's noun). ("It read" is left alone: the pronoun's antecedent
 * is found among speakers, where a document named only as an object — "a sign", "the letter he
 * sent" — is not.)
 */
function writing(scan: Scan, start: number, end: number): SpeakerRef | null {
  const speaker = readSpeaker(scan.masked, start, end);
  if (speaker?.form === 'name' && DOCUMENT_NOUNS.has(speaker.head ?? '')) return speaker;
  return speaker?.form === 'nominal' && speaker.kind === 'document' ? speaker : null;
}
