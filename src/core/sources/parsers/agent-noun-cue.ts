// Noun cues whose source follows them in a phrase of its own: "claims by the ministry that …",
// "criticism from rivals that …", "a growing sense among donors that …", "pledges from members to
// cut …". The preposition names who holds the claim ("by", "from", "among", "within"); "of" only
// after a noun that never takes its target with "of" ("the contention of the mayor that …", not
// "criticism of the mayor that …"). Read only for the attitude reading, as noun-cue.ts reads "the
// ministry's claim that …".
//
// Only a "that" that opens a clause with a subject of its own ("that the pier …", "that she …"):
// "claims by agencies that have …" is a relative clause on the agencies, no content. An infinitive
// only after a noun of will ("pledges from members to cut …"), not "opposition from owners to the plan".

import type { Attribution } from '../model';
import { wordCount } from '../quote-spans';
import { readSpeaker } from '../speaker-phrase';
import { contentAfter, positionMatches, type Scan } from '../scan';
import { CLAUSE_CONTENT_STOP } from './noun-cue';

const EXTRACTOR = 'sources/agent-noun-cue';
/** Nouns of something said, held or felt, in the singular or plural. */
const CUE_NOUNS = String.raw`(?:claims?|statements?|assertions?|arguments?|contention|suggestions?|warnings?|threats?|demands?|accusations?|charges?|admission|denials?|announcement|predictions?|hopes?|fears?|concerns?|complaints?|allegations?|criticism|insistence|assurances?|advice|promises?|pledges?|recognition|acknowledgment|sense|feeling|belief|anxiety|speculation|expectations?|worries|doubts?)`;
/** Nouns of will, whose content may be an infinitive: "pledges from members to cut …". */
const WILL_NOUNS = /^(?:pledges?|promises?|demands?|willingness|unwillingness|determination)$/i;
/** States of will, held only by the "of" phrase: "the determination of residents to …". */
const STATE_OF_WILL = /^(?:willingness|unwillingness|determination)$/i;
/** Nouns whose "of" names the holder, never the target: "the contention of the mayor that …". */
const OF_HOLDER_NOUNS = /^(?:contention|insistence|belief|perceptions?|willingness|unwillingness|determination|assurances?)$/i;
/** The preposition that names the holder. */
const AGENT_PREPOSITION = String.raw`(by|from|among|within|of)`;
/**
 * The holder: up to eight words, no punctuation that would close a phrase, and no relative clause
 * ("anxiety among supporters who had hoped that …": the "that" is the relative clause's verb's).
 */
const HOLDER_WORD = String.raw`(?!(?:who|whom|whose|which|that)\s)[^\s,;:()\uE000]+`;
const HOLDER = String.raw`((?:${HOLDER_WORD}\s+){0,7}?${HOLDER_WORD})`;
/** A "that" opening a clause with its own subject: a determiner, a pronoun, a name or a number. */
const CLAUSE_THAT = String.raw`that\s+(?=(?:the|a|an|he|she|it|they|we|i|you|his|her|their|its|our|this|these|those|there|some|many|most|no|all|any|one|if|\p{Lu}|\d))`;
/** "to" and the verb of an infinitive: a lower-case word that is no determiner or possessive. */
const INFINITIVE = String.raw`(to)\s+(?!(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|any|all|some|each|every|no|more|most|such|what|which|whom)\s)(?=\p{Ll})`;
const CUE_NOUNS_OF_WILL = String.raw`(?:willingness|unwillingness|determination)`;
const AGENT_NOUN_CUE = new RegExp(String.raw`(?<![\p{L}'\u2019-])(${CUE_NOUNS}|${CUE_NOUNS_OF_WILL})\s+${AGENT_PREPOSITION}\s+${HOLDER}\s+(?:${CLAUSE_THAT}|${INFINITIVE})`, 'gu');

export function parseAgentNounCues(scan: Scan): void {
  const { masked, text } = scan;
  for (const { match: m, sentence, block } of positionMatches(scan, AGENT_NOUN_CUE)) {
    const cueStart = sentence.start + m.index;
    if (scan.usedCues.has(cueStart)) continue;
    const [, noun, preposition, holder, infinitive] = m as unknown as [string, string, string, string, string | undefined];
    if (preposition === 'of' && !OF_HOLDER_NOUNS.test(noun)) continue;
    // ("the willingness of allies to …" is theirs; "remarks that indicate willingness from allies to
    // …" tell of someone else's reading of them.)
    if (preposition !== 'of' && STATE_OF_WILL.test(noun)) continue;
    if (infinitive && !WILL_NOUNS.test(noun)) continue;
    const holderStart = cueStart + m[0].indexOf(holder, noun.length + 1 + preposition.length);
    const speaker = readSpeaker(masked, holderStart, holderStart + holder.length);
    // The whole phrase must be the holder, and a holder of views: people or a body, not "the
    // report's findings" (a document's claims are read where the document speaks).
    if (!speaker || speaker.start !== holderStart || speaker.end !== holderStart + holder.length) continue;
    if (speaker.kind === 'other' || speaker.kind === 'document' || speaker.form === 'pronoun') continue;
    // (An infinitive keeps its "to", as noun-cue.ts keeps it: "to cut …".)
    const [start, end] = contentAfter(scan, cueStart + m[0].length - (infinitive ? m[0].length - m[0].lastIndexOf('to') : 0), sentence.end, CLAUSE_CONTENT_STOP);
    if (end <= start || wordCount(text.slice(start, end), 3) < 2) continue;
    scan.usedCues.add(cueStart);
    scan.found.push({
      start, end, text: text.slice(start, end), direct: false, cue: noun, cueStart, speaker, block,
      extractor: EXTRACTOR, confidence: 0.55, attitude: true,
    } satisfies Attribution);
  }
}
