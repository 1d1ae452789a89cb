// Reduced passives with their agent: a participle that follows its noun phrase without a
// be-auxiliary, "The tax bill, opposed by House Democrats, never passed", "a claim later denied by
// the ministry", "candidates backed by wealthy donors". The agent after "by" is the source and the
// noun phrase is what it said or judged, as in parsePassiveAgents (which needs "was", "has been").

import type { Attribution } from '../model';
import { wordCount } from '../quote-spans';
import { positionMatches, type Scan } from '../scan';
import { phraseStart } from '../phrase-start';
import { agentAfter, NAME_ONLY } from './passive-agent';

const EXTRACTOR = 'sources/reduced-passive';
/** A word, an optional comma and adverb ("first", "later", "strongly"), a participle, then "by". */
const REDUCED_BY = /(?<=[\p{L}\p{N}'\u2019)])(,?)\s+(?:(?:first|later|once|since|long|\p{Ll}+ly)\s+)?(\p{Ll}{3,}(?:ed|en|wn)|seen|heard|told|held|thought)\s+by\s+/dgu;
/** Words that make the participle a finite verb's or an auxiliary's ("has opposed by", "is backed by"). */
const AUXILIARY = /(?:^|\s)(?:is|are|was|were|be|been|being|am|has|have|had|get|gets|got|having|who|which|that)$/i;
/**
 * Participles of stance and report: what the agent holds or said of the noun phrase. Not deeds
 * ("released by", "filed by", "founded by", "signed by"): on PolNeAR train a reduced passive of a
 * deed was no attribution.
 */
const STANCE_PARTICIPLES = new Set([
  'opposed', 'supported', 'backed', 'endorsed', 'favored', 'favoured', 'criticized', 'criticised', 'denounced',
  'rejected', 'condemned', 'praised', 'applauded', 'welcomed', 'championed', 'embraced', 'disputed', 'denied',
  'questioned', 'challenged', 'derided', 'dismissed', 'excoriated', 'decried', 'reported', 'confirmed',
  'echoed', 'described', 'blamed', 'cited', 'deemed', 'considered', 'regarded',
]);
const PRONOUN_CONTENT = /^(?:which|who|whom|that|this|these|those|it|they|he|she|we|I)$/i;
/** How far back the noun phrase is looked for. */
const MAX_PHRASE = 70;

export function parseReducedPassives(scan: Scan): void {
  const { masked, text } = scan;
  for (const { match: m, sentence, block, at } of positionMatches(scan, REDUCED_BY)) {
    const participle = m[2]!;
    if (!STANCE_PARTICIPLES.has(participle)) continue;
    const cueStart = at - m.index + m.indices![2]![0];
    if (scan.usedCues.has(cueStart)) continue;
    const from = Math.max(sentence.start, at - MAX_PHRASE);
    const lead = masked.slice(from, at);
    if (AUXILIARY.test(lead)) continue;
    const opening = phraseStart(lead);
    if (opening < 0) continue;
    let start = from + opening;
    const s = agentAfter(masked, at + m[0].length, sentence.end);
    if (!s || !(s.form === 'name' || (s.form === 'nominal' && (s.kind === 'person' || s.kind === 'anonymous' || s.kind === 'organization')))) continue;
    let end = at;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
    const content = text.slice(start, end);
    if (end <= start || wordCount(content, 1) < 1 || PRONOUN_CONTENT.test(content) || NAME_ONLY.test(content) || content.includes('\uE000')) continue;
    scan.usedCues.add(cueStart);
    scan.found.push({
      start, end, text: content, direct: false, cue: participle, cueStart, speaker: s, block,
      extractor: EXTRACTOR, confidence: 0.4, attitude: true,
    } satisfies Attribution);
  }
}
