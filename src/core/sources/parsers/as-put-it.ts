// "As Ada Lund put it, “…”", "As the mayor, Ruth Ek, put it in her letter: “…”": the quotation is
// the speaker's own wording of a point the writer has just made. "put it" has no object of its own
// ("it" stands for the point), so no other reader takes the quotation for its content: the attitude
// parser would read the words after "put it", and there are none before the comma.

import { subjectBefore, type Subject } from '../clause';
import type { Attribution } from '../model';
import type { QuoteRegion } from '../quote-spans';
import { quotedAttribution } from '../quoted-attribution';
import { MAX_CONTENT, matchBeforeQuote, sentenceMatches, type Scan } from '../scan';

const EXTRACTOR = 'sources/as-put-it';
/**
 * "as", the subject (no second "as": "such as X, as Y put it" is Y's), "put it", perhaps a short
 * adjunct ("in a memo to staff", "on Tuesday"), then the comma or colon that opens the quotation.
 * The subject may hold a masked title ("author of “…”,"). No sentence ends inside.
 */
// (Either tense, "put it" or "puts it"; a dash may open the quotation as a comma does: "to — as Lund
// puts it — “…”".)
const AS_PUT_IT = /(?<![\p{L}'\u2019-])as\s+((?:(?!\bas\s)[^.!?;]){1,200}?)\s+puts?\s+it\b([^.!?;\uE000]{0,80}?)\s*[,:\u2014\u2013]\s*$/iu;
/** The cue in a match: "put it" or "puts it". */
const PUT_IT = /\sputs?\s+it\b/i;

/**
 * The subject in `[start, cue)`. A title quoted in its apposition keeps its closing comma inside the
 * marks ("author of “Tides,” put it"), which the mask hides; the comma is put back so that the
 * apposition closes before the verb.
 */
function subjectOf(scan: Scan, start: number, cue: number): Subject | null {
  const chars = [...scan.masked.slice(start, cue)];
  if (chars.length !== cue - start) return subjectBefore(scan.masked, start, cue);
  for (const r of scan.regions) {
    if (r.start < start || r.end > cue) continue;
    if (/,$/.test(scan.text.slice(r.innerStart, r.innerEnd))) chars[r.end - 1 - start] = ',';
  }
  const subject = subjectBefore(chars.join(''), 0, cue - start);
  if (!subject) return null;
  return { phraseStart: subject.phraseStart + start, speaker: { ...subject.speaker, start: subject.speaker.start + start, end: subject.speaker.end + start } };
}

/** The quotation's attribution to the subject of "as … put it" right before it, or null. */
export function asPutItQuote(scan: Scan, region: QuoteRegion): Attribution | null {
  const found = matchBeforeQuote(scan, region, AS_PUT_IT, 320);
  if (!found) return null;
  const { m, from } = found;
  const subjectStart = from + m.index + m[0].indexOf(m[1]!);
  const cueStart = from + m.index + m[0].search(PUT_IT) + 1;
  if (scan.usedCues.has(cueStart)) return null;
  const subject = subjectOf(scan, subjectStart, cueStart);
  // The subject opens right after "as": "as (it happens) Lund put it" would be another clause.
  if (!subject || subject.phraseStart > subjectStart + 1) return null;
  scan.usedCues.add(cueStart);
  return quotedAttribution(scan.text, region, { cue: 'put it', cueStart, speaker: subject.speaker, extractor: EXTRACTOR, confidence: 0.85 });
}

/**
 * "The board rejected “the collective timetable,” as Lund put it, and …": the same attribution after
 * the quotation, which closes on a comma (inside its marks or right after them) so that "as" opens
 * the aside. The subject is read as before the quotation; nothing but spaces and the comma between.
 */
const AFTER_QUOTE = /^\s*,?\s*as\s+((?:(?!\bas\s)[^.!?;,:\uE000]){1,80}?)\s+puts?\s+it\b/iu;

/** The quotation's attribution to the subject of "as … put it" right after it, or null. */
export function asPutItAfterQuote(scan: Scan, region: QuoteRegion): Attribution | null {
  const after = scan.masked.slice(region.end, region.end + 120);
  if (!/,$/.test(scan.text.slice(region.innerStart, region.innerEnd)) && !/^\s*,/.test(after)) return null;
  const m = AFTER_QUOTE.exec(after);
  if (!m) return null;
  const subjectStart = region.end + m[0].indexOf(m[1]!, m[0].search(/as\s/i) + 2);
  const cueStart = region.end + m[0].search(PUT_IT) + 1;
  if (scan.usedCues.has(cueStart)) return null;
  const subject = subjectOf(scan, subjectStart, cueStart);
  if (!subject || subject.phraseStart > subjectStart + 1) return null;
  scan.usedCues.add(cueStart);
  return quotedAttribution(scan.text, region, { cue: 'put it', cueStart, speaker: subject.speaker, extractor: EXTRACTOR, confidence: 0.85 });
}

/**
 * "As she put it, … a sentence …": the same opening before a clause of the writer's that gives her
 * point in the writer's words (perhaps with a quoted fragment in it: "As Lund put it in July, the pier
 * is “a lost cause.”"). The content is the rest of the sentence. (The sentence is already cut, so a
 * full stop inside is an abbreviation's: "As Ms. Lund put it".) Read after the quotations, so that
 * "As Lund put it, “…”" stays the quotation's.
 */
const OPENING_AS_PUT_IT = /^[\s\u201c"(]*(?:(?:but|and|or|yet|so)\s*,?\s+)?as\s+((?:(?!\bas\s)[^!?;:,\uE000]){1,80}?(?:,[^!?;:]{1,120}?,)?)\s+puts?\s+it\b([^!?;\uE000]{0,80}?)\s*,\s+/iu;
const SENTENCE = /[^]+/g;

export function parseAsPutItClauses(scan: Scan): void {
  for (const { match: m, sentence, block } of sentenceMatches(scan, SENTENCE)) {
    const head = OPENING_AS_PUT_IT.exec(m[0]);
    if (!head) continue;
    const cueStart = sentence.start + head[0].search(PUT_IT) + 1;
    if (scan.usedCues.has(cueStart)) continue;
    let start = sentence.start + head[0].length;
    let end = Math.min(sentence.end, start + MAX_CONTENT);
    while (end > start && /[\s.!?]/.test(scan.text[end - 1]!)) end--;
    if (end <= start || !/\s\S+\s+\S/.test(scan.text.slice(start, end))) continue;
    const subjectStart = sentence.start + head[0].indexOf(head[1]!, head[0].search(/as\s/i) + 2);
    const subject = subjectOf(scan, subjectStart, cueStart);
    if (!subject || subject.phraseStart > subjectStart + 1) continue;
    scan.usedCues.add(cueStart);
    scan.found.push({
      start, end, text: scan.text.slice(start, end), direct: false, cue: 'put it', cueStart,
      speaker: subject.speaker, block, extractor: EXTRACTOR, confidence: 0.7,
    });
  }
}

