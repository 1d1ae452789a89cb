// Passive cues with their agent: "The plan was first reported by the Courier", "the tariff has
// been criticized by harbour pilots". The agent after "by" is the source and the clause's subject
// is what it said or judged. Only cues the lexicons hold are read ("was repaired by" tells of a
// deed, not a statement or a position). Read only for the attitude reading, like the other positions.

import { ATTITUDE_WORDS } from '../attitude-lexicon';
import { isActSense } from '../act-sense';
import { learnedCue } from '../learned-cues';
import { CUE_WORDS } from '../lexicon';
import type { Attribution, SpeakerRef } from '../model';
import { wordCount } from '../quote-spans';
import { positionMatches, type Scan } from '../scan';
import { readSpeaker } from '../speaker-phrase';
import { NAME_WORD_START } from '../name-word';
import { isNegatedPassive } from '../negated-passive';
import { reasonEnd } from '../passive-reason';

const EXTRACTOR = 'sources/passive-agent';
/** A be-auxiliary, at most two words ("first", "widely"), a participle, then "by" within five words. */
const PASSIVE_BY = /(?<![\p{L}'\u2019-])(?:(?:has|have|had|will|would|could|may|might|must|should|can)\s+(?:not\s+|\p{Ll}+ly\s+)?)?(?:is|are|was|were|been|being|be)\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}{3,}(?:ed|en|wn)|seen|heard|told|held|thought)\s+(?:[^\s,;:.\uE000]+\s+){0,4}?by\s+/dgu;
/** Where the passive clause's subject starts: after the last comma, dash or subordinating word. */
const SUBJECT_START = /^(?:[^]*(?:[,;:\u2014\u2013(]\s*|\b(?:that|because|while|when|after|before|since|although|though|and|but)\s+))?/i;
/** "…, which was criticized by …", "this has been ruled out by …": a pronoun names nothing a reader could use. */
const PRONOUN_SUBJECT = /^(?:(?:which|who|whom)\b|(?:that|this|these|those|it|they|he|she|we|I)$)/i;
/** A person's pronoun, or a name: the subjects a reason after the agent makes a content of. */
const PERSON_OR_NAME = new RegExp(String.raw`^(?:[Hh]e|[Ss]he|[Tt]hey|${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){0,3})$`, 'u');
/** "Marlowe is endorsed by …": a name alone is the stance's target, no content a reader can weigh. */
export const NAME_ONLY = new RegExp(String.raw`^${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){0,3}$`, 'u');
/** The agent phrase ends before a comma or full stop, or a preposition that opens an adjunct. */
// (Not at a full stop: the sentence ends the phrase, and "U.S." or "L.A." belongs to it.)
// (Or "of" and a gerund, the reason the agent gives: "accused by a rival of misleading voters"; not
// a trade named by its gerund, "the head of marketing".)
const AGENT = /^[^,;:!?\uE000]{1,80}?(?=\s+(?:for|over|on|in|at|as|to|during|after|before|since|because|with|about|last|this|when|while|and|but)\b|\s+of\s+(?!(?:marketing|engineering|housing|planning|training|building|funding|policing|banking|nursing|programming|accounting|manufacturing|licensing|lending|lobbying|polling|mining|shipping|fishing|farming|publishing|broadcasting|advertising|purchasing|operating|staffing|nothing|something|everything|anything)\b)\p{Ll}{2,}ing\b|[,;:!?\uE000]|\.?$)/u;
/** A subject of at most this many characters: longer, the clause holds more than a noun phrase. */
const MAX_SUBJECT = 90;

export function parsePassiveAgents(scan: Scan): void {
  const { masked, text } = scan;
  for (const { match: m, sentence, block, at } of positionMatches(scan, PASSIVE_BY)) {
    const participle = m[1]!;
    if (!isCue(participle)) continue;
    const cueStart = at - m.index + m.indices![1]![0];
    if (scan.usedCues.has(cueStart)) continue;
    // ("the reason was never released by the school": the agent did not do it, negated-passive.ts.)
    if (isNegatedPassive(masked.slice(Math.max(sentence.start, at - 6), cueStart))) continue;
    // ("the coach was dismissed from the team by the club": an act, act-sense.ts.)
    if (isActSense(participle, masked.slice(cueStart + participle.length, sentence.end))) continue;
    const s = agentAfter(masked, at + m[0].length, sentence.end);
    if (!s || !(s.form === 'name' || (s.form === 'nominal' && (s.kind === 'person' || s.kind === 'anonymous' || s.kind === 'organization')))) continue;
    // The subject: from the clause's start to the auxiliary.
    const from = Math.max(sentence.start, at - MAX_SUBJECT);
    const lead = masked.slice(from, at);
    let start = from + SUBJECT_START.exec(lead)![0].length;
    let end = at;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
    // ("The story, which was first reported by the Courier, …": "which" stands for the phrase before its comma.)
    const antecedent = /^which$/i.test(text.slice(start, end)) ? whichAntecedent(masked, from, start) : null;
    if (antecedent) ({ start, end } = antecedent);
    // ("Ruiz was accused by a rival of misleading voters": a name or a person's pronoun with the
    // reason after the agent, passive-reason.ts, is read as the whole clause.)
    const subject = text.slice(start, end);
    const reasoned = PERSON_OR_NAME.test(subject) ? reasonEnd(masked, s.end, sentence.end) : -1;
    if (reasoned > 0) end = reasoned;
    const content = text.slice(start, end);
    if (end <= start || wordCount(content, 1) < 1 || (reasoned < 0 && (PRONOUN_SUBJECT.test(content) || NAME_ONLY.test(content)))) continue;
    scan.usedCues.add(cueStart);
    scan.found.push({
      start, end, text: content, direct: false, cue: participle, cueStart, speaker: s, block,
      extractor: EXTRACTOR, confidence: 0.4, attitude: true,
    } satisfies Attribution);
  }
}

/** A noun phrase a relative "which" follows: a determiner, then at most six words with no verb of their own. */
const DETERMINED_PHRASE = /^(?:the|a|an|this|that|these|those|its|his|her|their)\s+(?:[\p{L}\p{N}'\u2019-]+\s+){0,5}?[\p{L}\p{N}'\u2019-]+$/iu;
const VERB_IN_PHRASE = /\s(?:is|was|are|were|has|have|had|said|says)\s/;

/**
 * The phrase a non-restrictive "which" at `which` stands for: the words between the clause's start
 * and the comma before "which", when they are one noun phrase ("The story, which …"). Null otherwise.
 */
function whichAntecedent(masked: string, from: number, which: number): { start: number; end: number } | null {
  let comma = which;
  while (comma > from && /\s/.test(masked[comma - 1]!)) comma--;
  if (masked[comma - 1] !== ',') return null;
  const end = comma - 1;
  const lead = masked.slice(from, end);
  let start = from + SUBJECT_START.exec(lead)![0].length;
  while (start < end && /\s/.test(masked[start]!)) start++;
  const phrase = masked.slice(start, end);
  return DETERMINED_PHRASE.test(phrase) && !VERB_IN_PHRASE.test(` ${phrase} `) ? { start, end } : null;
}

/** A participle of a verb the cue lexicons hold, hand-listed or learned with enough evidence. */
function isCue(participle: string): boolean {
  return CUE_WORDS.has(participle) || ATTITUDE_WORDS.has(participle) || (learnedCue(participle)?.annotated ?? 0) >= 3;
}

/** The name or description right after "by", without the adjuncts that follow it. */
export function agentAfter(masked: string, start: number, sentenceEnd: number): SpeakerRef | null {
  const m = AGENT.exec(masked.slice(start, Math.min(sentenceEnd, start + 80)));
  return m ? readSpeaker(masked, start, start + m[0].trimEnd().length) : null;
}
