// A quotation that is the name a relative clause's subject gives its object: "what Ada Lund called
// “the hardest winter”", "a port that the former mayor, Ruth Ek, called “our oldest enemy”",
// "charges that Tom Berg, for one, described as “plain robbery”". The naming verb's object is the
// relative word, moved away, so the verb is followed straight by its complement, the quotation.
// The direct-quote rules want a cue with nothing ("said, “…”") or an object ("called it “…”")
// before the quotation, and a subject before the relative word, so they read neither.

import { subjectBefore } from '../clause';
import type { Attribution } from '../model';
import type { QuoteRegion } from '../quote-spans';
import { matchBeforeQuote, type Scan } from '../scan';

const EXTRACTOR = 'sources/naming-relative';
/**
 * The relative word, its subject (no sentence end, no second relative word), perhaps an auxiliary
 * or adverb or two ("has long", "once"), and a naming verb with its "as" where it takes one.
 */
const NAMING_RELATIVE = new RegExp(
  String.raw`(?<![\p{L}'\u2019-])(?:what|which|that|whom)\s+((?:(?!\b(?:what|which|that|whom|who)\b)[^.!?;:]){1,140}?)\s+`
  + String.raw`(?:(?:has|have|had|once|also|later|memorably|famously|repeatedly|\p{Ll}+ly)\s+){0,2}`
  + String.raw`(call(?:s|ed)?|dub(?:s|bed)?|label(?:s|l?ed)?|brand(?:s|ed)?|term(?:s|ed)?|(?:describ(?:e|es|ed)|characteri[sz](?:e|es|ed)|portray(?:s|ed)?|refer(?:s|red)?\s+to)\s+as)\s*$`,
  'iu');
/** A subject with a form of "be" in it is a passive ("that is often called “…”"): no speaker names. */
const PASSIVE = /\b(?:is|are|was|were|be|been|being|'s|\u2019s)\s*$|\b(?:is|are|was|were|been|being)\b/i;

/** The quotation's attribution to the subject of a naming relative clause right before it, or null. */
export function namingRelativeQuote(scan: Scan, region: QuoteRegion): Attribution | null {
  const found = matchBeforeQuote(scan, region, NAMING_RELATIVE, 220);
  if (!found || PASSIVE.test(found.m[1]!)) return null;
  const { m, from } = found;
  const subjectStart = from + m.index + m[0].indexOf(m[1]!, m[0].search(/\s/));
  const cueStart = from + m.index + m[0].lastIndexOf(m[2]!);
  if (scan.usedCues.has(cueStart)) return null;
  const subject = subjectBefore(scan.masked, subjectStart, cueStart);
  // The subject opens the clause: "which (, Lund said,) …" is no subject of the naming verb. A
  // pronoun subject ("what he called “…”") is the attitude parser's, whose learned check weighs it:
  // such clauses are often the writer's aside, not a statement of the person's.
  if (!subject || subject.phraseStart > subjectStart + 1 || subject.speaker.start < subjectStart || subject.speaker.form === 'pronoun') return null;
  scan.usedCues.add(cueStart);
  // The complement with its marks and the "as" a verb takes ("as “plain robbery”"), as the attitude
  // parser gives it: a one-word name is a word too few without them.
  const asAt = /\sas$/i.test(m[2]!) ? cueStart + m[2]!.length - 2 : region.start;
  return {
    start: asAt, end: region.end, text: scan.text.slice(asAt, region.end), direct: true, cue: m[2]!.replace(/\s+/g, ' '), cueStart,
    speaker: subject.speaker, block: region.block, extractor: EXTRACTOR, confidence: 0.85,
  };
}
