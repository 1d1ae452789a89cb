// Noun cues with a possessive source: "Trump's claim that …", "her remark that …", "the senator's
// call for …", "their plan to …", and stances named as nouns, "her attacks on …", "his embrace of …"
// (the object is often a short name that otherwise sits only inside some longer statement). Read
// only for the attitude reading: a claim named as a noun is reported, not quoted, and the fact
// sheet's guidelines list statements by their reporting verb.

import type { Attribution, SpeakerRef } from '../model';
import { wordCount } from '../quote-spans';
import { readSpeaker } from '../speaker-phrase';
import { pronounSpeaker } from '../speaker-ref';
import { contentAfter, positionMatches, type Scan } from '../scan';
import { lookupTable } from '../../text/lookup-table';
import { NAME_WORD_START } from '../name-word';

const EXTRACTOR = 'sources/noun-cue';
const NOUN_CUE = new RegExp(String.raw`(?<![\p{L}'\u2019])((?:${NAME_WORD_START}[\p{L}.'\u2019-]*\s+){0,3}\p{Lu}[\p{L}.-]*['\u2019]s?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:(?:latest|new|recent|repeated|earlier|own|public|false|central|main|core|oft-repeated|frequent|stated)\s+)?(claims?|statements?|assertions?|arguments?|views?|beliefs?|decision|promises?|pledges?|proposals?|call|criticism|remarks?|comments?|position|insistence|suggestion|warnings?|vow|threats?|demands?|contention|accusations?|charges?|admission|denial|refusal|announcement|predictions?|hopes?|fears?|concerns?|opposition|support|message|argument|case|vision|complaints?|allegations?|conclusion|finding|findings|estimate|view|endorsements?|attacks?|backing|praise|defen[cs]e|embrace|rejection|condemnation|criticisms?)\s+(?:(that)\b|(to|for|of|on|about|against)\s)`, 'gu');
const POSSESSIVE_PRONOUN = lookupTable<string>({ his: 'he', her: 'she', their: 'they', its: 'it' });
/** A clause content ("that …", an infinitive) ends at a semicolon or a reporting aside. */
export const CLAUSE_CONTENT_STOP = /;|,\s+(?:adding|saying|noting|arguing|according\s+to)\b/;
/**
 * Stance nouns whose object follows "to" ("her opposition to the levy", "threw his support to
 * Falk"); after a thing said, "to" before a noun phrase names where it went or what it claims ("his
 * comments to the Herald", "took her case to the board", "his claim to the seat").
 */
export const TO_OBJECT_NOUN = /^(?:opposition|support|backing|objections?)$/;
/** A lower-case word after "to" that is no determiner or possessive: the verb of an infinitive. */
const INFINITIVE_VERB = /^\s*(?!(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|any|all|some|each|every|no|more|most|such|what|which|whom)\b)\p{Ll}/u;

export function parseNounCues(scan: Scan): void {
  const { masked, text } = scan;
  for (const { match: m, sentence, block } of positionMatches(scan, NOUN_CUE)) {
    const ownerStart = sentence.start + m.index;
    const owner = m[1]!;
    const speaker = ownerRef(masked, ownerStart, owner);
    if (!speaker) continue;
    const cueStart = ownerStart + m[0].indexOf(m[2]!, owner.length);
    if (scan.usedCues.has(cueStart)) continue;
    const after = sentence.start + m.index + m[0].length;
    // "decision to withhold aid": an infinitive keeps its "to" ("withhold aid" alone reads as a
    // headline); "opposition to the plan" is a preposition before its object.
    const infinitive = m[4] === 'to' && INFINITIVE_VERB.test(masked.slice(after, after + 30));
    // (Before a noun phrase, "to" gives the object only of a stance: TO_OBJECT_NOUN.)
    if (m[4] === 'to' && !infinitive && !TO_OBJECT_NOUN.test(m[2]!)) continue;
    const [start, end] = contentAfter(scan, infinitive ? after - m[0].length + m[0].lastIndexOf('to') : after, sentence.end, CLAUSE_CONTENT_STOP);
    if (end <= start || wordCount(text.slice(start, end), 3) < 2) continue;
    scan.usedCues.add(cueStart);
    scan.found.push({
      start, end, text: text.slice(start, end), direct: false, cue: m[2]!, cueStart, speaker, block,
      extractor: EXTRACTOR, confidence: 0.55, attitude: true,
    } satisfies Attribution);
  }
}

/** The speaker a possessive names: "her" as a pronoun, "Ann Roe's" as the name. */
export function ownerRef(masked: string, start: number, owner: string): SpeakerRef | null {
  const pronoun = POSSESSIVE_PRONOUN[owner.toLowerCase()];
  if (pronoun) return pronounSpeaker(owner, start, start + owner.length, pronoun);
  const bare = owner.replace(/['\u2019]s?$/, '');
  const ref = readSpeaker(masked, start, start + bare.length);
  return ref && ref.form === 'name' ? ref : null;
}
