// A participle that describes the noun before it: "an outside group backing the senator", "ads
// attacking her rivals", "a letter disputing the charges", "those supporting the ban". The noun
// phrase is the source (a reduced relative clause: "a group that backs …"), what the participle
// governs is the content. The reporting-verb and attitude readers want a finite verb or a comma
// before a participle, so they miss these; document-participle reads only findings ("a poll showing").

import { looseSource } from './attitude';
import { participleCue, readParticipleObject } from './participle-reading';
import { positionMatches, type Scan } from '../scan';
import { readSpeaker } from '../speaker-phrase';
import { IRREGULAR_PAST_FORMS } from '../main-clause-subject';

const EXTRACTOR = 'sources/noun-participle';
/** A lower-case noun, then the participle right after it. */
const NOUN_PARTICIPLE = /(?<![\p{L}\p{N}'\u2019-])(\p{Ll}[\p{Ll}-]+|PACs|Those)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}{3,}ing)(?![\p{L}\p{N}'\u2019-])/gu;
const DETERMINER = /^(?:a|an|the|those|these|this|that|some|many|most|other|several|all|both|few|\d[\d,.]*|two|three|four|five)$/i;
const MAX_MODIFIERS = 4;
const PEOPLE = /^(?:those|Those|others)$/;
const SPEAKING_KINDS = new Set(['person', 'anonymous', 'organization']);

/**
 * Where the noun phrase before the head starts: back over modifiers (capitalised words, adjectives,
 * other nouns) to a determiner, or to the first word that is no modifier ("was spent on ads").
 */
function phraseStartBefore(masked: string, from: number, head: number): number {
  let start = head;
  for (let i = 0; i < MAX_MODIFIERS; i++) {
    const m = /(\S+)\s+$/.exec(masked.slice(from, start));
    if (!m) break;
    const word = m[1]!;
    const wordStart = start - m[0].length;
    if (DETERMINER.test(word)) return wordStart;
    // ("He met pastors backing …", "shudders through those backing …": a verb's past or a preposition
    // ends the phrase, as an -ed verb does.)
    if (!/^[\p{L}\d][\p{L}\d./&'\u2019-]*$/u.test(word) || NOT_A_NOUN.test(word) || SUBORDINATOR.test(word) || /^\p{Ll}+(?:ed|ing)$/u.test(word)
      || IRREGULAR_PAST_FORMS.test(word) || PLACE_PREPOSITION.test(word)) break;
    start = wordStart;
  }
  return start;
}

/** Words that are no noun before a participle: verbs that take one ("keeps trying"), auxiliaries, prepositions. */
/** A preposition or subordinator opening the sentence ("Despite electric utilities attacking …") is no modifier either. */
/** Prepositions NOT_A_NOUN leaves out. */
// (Not "among": "King was among those questioning …" holds King's position, not one of "those".)
const PLACE_PREPOSITION = /^(?:through|across|behind|around|toward|towards|between|against|including|under|via|beyond|within)$/;
const SUBORDINATOR = /^(?:despite|although|though|because|since|if|unless|until|after|before|while|when)$/i;
const NOT_A_NOUN = /^(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|can|could|should|may|might|must|not|and|or|but|of|for|to|in|on|at|by|with|from|about|than|as|after|before|while|without|into|over|like|keeps?|kept|stops?|stopped|starts?|started|begins?|began|begun|continues?|continued|spends?|spent|avoids?|avoided|considers?|considered|risks?|finishes?|quits?|resumes?|mentions?|suggests?|denies|admits?|enjoys?|recalls?|goes|went|gone|comes?|came|there|here|now|then|also|just|even|still|already|again|only|very|so|too|back|busy|worth|who|which|what|when|where|whose|whom|it|its|he|she|they|we|you|i|me|him|her|us|them|his|their|our|your|my|a|an|the|this|these|that|some|many|most|much|more|less|any|no|every|each|all|both|plus|means|always|never|often)$/;

export function parseNounParticiples(scan: Scan): void {
  const { masked } = scan;
  for (const { match: m, sentence, block, at } of positionMatches(scan, NOUN_PARTICIPLE)) {
    const noun = m[1]!;
    const word = m[2]!;
    if (NOT_A_NOUN.test(noun) || /ly$|ing$|ed$/.test(noun)) continue;
    const cueStart = at + m[0].length - word.length;
    if (scan.usedCues.has(cueStart)) continue;
    const cue = participleCue(masked, word, cueStart + word.length, sentence.end, false);
    if (!cue) continue;
    const nounEnd = at + noun.length;
    const phraseStart = phraseStartBefore(masked, Math.max(sentence.start, at - 60), at);
    const determined = /^(?:a|an|the|those|these|this|that|some|many|most|other|several|all|both|few|\d|two|three|four|five)\b/i.test(masked.slice(phraseStart, nounEnd));
    // ("ads attacking …", "those supporting …": a bare head must be plural.)
    if (!determined && !/s$/.test(noun)) continue;
    // ("those", "others": people the speaker reader does not take are a loose source.)
    const speaker = readSpeaker(masked, phraseStart, nounEnd) ?? (PEOPLE.test(noun) ? looseSource(masked, phraseStart, nounEnd) : null);
    // People and bodies speak; "ads praising X", "a letter disputing Y" are their authors' (PolNeAR
    // names the author), so documents are left to the readers that find the author.
    if (!speaker || speaker.form !== 'nominal' || !(PEOPLE.test(noun) || SPEAKING_KINDS.has(speaker.kind))) continue;
    const cueEnd = cueStart + cue.length;
    // "the appeals court ruling could …": a finite verb right after makes the -ing word a noun, the head.
    if (/^\s+(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must)\s/.test(masked.slice(cueEnd, cueEnd + 10))) continue;
    // "sent a letter to Senate leaders opposing …": after "to" the participle may describe the object before;
    // not after "a"/"an" ("gave $3 million to a group backing …": the new group is the one described).
    if (/\bto\s+$/.test(masked.slice(Math.max(sentence.start, phraseStart - 4), phraseStart)) && !/^an?\s/i.test(masked.slice(phraseStart, nounEnd))) continue;
    readParticipleObject(scan, { cue, cueStart, word, speaker, sentenceEnd: sentence.end, block, extractor: EXTRACTOR, confidence: 0.45, commaBeforeObject: false });
  }
}
