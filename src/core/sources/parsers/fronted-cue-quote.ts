// A verb of saying that opens its sentence, the speaker after it, then the quotation: "Said Ada
// Berg, who grew up on the island, “We were all so proud of him.”", "Added Lund: “…”". Writers put
// the cue first to set a long speaker phrase before the words; the speaker is the phrase right
// after the verb (as in "…, said Berg."). The cue reader takes verbs in lower case only (a capital
// "Says" or "Warns" is as often a headline's word), so the sentence's first word is read here.

import { subjectAfter } from '../clause';
import { INVERTING } from '../inverted-then-quote';
import type { Attribution } from '../model';
import { MASK, type QuoteRegion } from '../quote-spans';
import { quotedAttribution } from '../quoted-attribution';
import { sentenceOf, type Scan } from '../scan';

const EXTRACTOR = 'sources/direct-quote';
/** The sentence's first word, a capitalised verb, after nothing but an opening bracket or dash. */
const OPENING_VERB = /^[\s(\u2014\u2013-]*(\p{Lu}\p{Ll}+)\s/u;
/**
 * After the speaker's phrase: a short adjunct ("in her memoir"), an apposition or relative clause
 * (no quotation inside), then a comma or colon.
 */
const APPOSITION_THEN_MARK = /^(?:\s+(?:in|on|at|during|of|from|to)\s[^\uE000;,:]{1,60}?)?(?:\s*,[^\uE000;]{0,160}?)?\s*[,:]\s*$/;
/** The verbs that invert after a quotation ("…, says Lund"), and "continued", which opens a speaker's next words. */
const fronting = (verb: string): boolean => INVERTING.test(verb) || verb === 'continued';

/** The quotation's attribution to the speaker after a sentence-opening cue, or null. */
export function frontedCueQuote(scan: Scan, region: QuoteRegion): Attribution | null {
  const sentence = sentenceOf(scan, region.block, region.start);
  if (!sentence || region.start <= sentence.start) return null;
  const lead = scan.masked.slice(sentence.start, region.start);
  if (lead.includes(MASK)) return null;
  const m = OPENING_VERB.exec(lead);
  if (!m || !fronting(m[1]!.toLowerCase())) return null;
  const cueStart = sentence.start + m[0].length - m[1]!.length - 1;
  const cueEnd = cueStart + m[1]!.length;
  const found = subjectAfter(scan.masked, cueEnd, region.start);
  // (A name or a person's description: "Continued growth, “…”" opens with no speaker.)
  if (!found || found.speaker.form === 'pronoun' || (found.speaker.form !== 'name' && found.speaker.kind !== 'person')) return null;
  if (!APPOSITION_THEN_MARK.test(scan.masked.slice(found.speaker.end, region.start))) return null;
  scan.usedCues.add(cueStart);
  return quotedAttribution(scan.text, region, { cue: m[1]!.toLowerCase(), cueStart, speaker: found.speaker, extractor: EXTRACTOR, confidence: 0.9 });
}
