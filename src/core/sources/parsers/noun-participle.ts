// A participle that describes the noun before it: "an outside group backing the senator", "ads
// attacking her rivals", "a letter disputing the charges", "those supporting the ban". The noun
// phrase is the source (a reduced relative clause: "a group that backs …"), what the participle
// governs is the content. The reporting-verb and attitude readers want a finite verb or a comma
// before a participle, so they miss these; document-participle reads only findings ("a poll showing").

import { ATTITUDE_PARTICLES, ATTITUDE_WORDS } from '../attitude-lexicon';
import { looseSource } from './attitude';
import { learnedCue } from '../learned-cues';
import { CUE_PARTICLES, CUE_WORDS } from '../lexicon';
import type { Attribution } from '../model';
import { MASK, wordCount } from '../quote-spans';
import { contentAfter, positionMatches, type Scan } from '../scan';
import { readSpeaker } from '../speaker-phrase';

const EXTRACTOR = 'sources/noun-participle';
/** A lower-case noun, then the participle right after it. */
const NOUN_PARTICIPLE = /(?<![\p{L}\p{N}'\u2019-])(\p{Ll}[\p{Ll}-]+|PACs|Those)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}{3,}ing)(?![\p{L}\p{N}'\u2019-])/gu;
const NEXT_WORD = /^\s+(\p{Ll}+)\b/u;
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
    if (!/^[\p{L}\d][\p{L}\d./&'\u2019-]*$/u.test(word) || NOT_A_NOUN.test(word) || SUBORDINATOR.test(word) || /^\p{Ll}+(?:ed|ing)$/u.test(word)) break;
    start = wordStart;
  }
  return start;
}

/** Words that are no noun before a participle: verbs that take one ("keeps trying"), auxiliaries, prepositions. */
/** A preposition or subordinator opening the sentence ("Despite electric utilities attacking …") is no modifier either. */
const SUBORDINATOR = /^(?:despite|although|though|because|since|if|unless|until|after|before|while|when)$/i;
const NOT_A_NOUN = /^(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|can|could|should|may|might|must|not|and|or|but|of|for|to|in|on|at|by|with|from|about|than|as|after|before|while|without|into|over|like|keeps?|kept|stops?|stopped|starts?|started|begins?|began|begun|continues?|continued|spends?|spent|avoids?|avoided|considers?|considered|risks?|finishes?|quits?|resumes?|mentions?|suggests?|denies|admits?|enjoys?|recalls?|goes|went|gone|comes?|came|there|here|now|then|also|just|even|still|already|again|only|very|so|too|back|busy|worth|who|which|what|when|where|whose|whom|it|its|he|she|they|we|you|i|me|him|her|us|them|his|their|our|your|my|a|an|the|this|these|that|some|many|most|much|more|less|any|no|every|each|all|both|plus|means|always|never|often)$/;
/** Learned cues need this much train evidence (as the learned-cue reader asks). */
const MIN_ANNOTATED = 3;
const MIN_RATIO = 0.2;
const PHRASE_STOP = /[,;:]|\s[\u2014\u2013-]\s|\s+(?:and|or)\s+\p{Ll}+ing\b|\s+(?:but|while|whereas|because)\s/u;
const MIN_WORDS = 1;

export function parseNounParticiples(scan: Scan): void {
  const { masked, text } = scan;
  for (const { match: m, sentence, block, at } of positionMatches(scan, NOUN_PARTICIPLE)) {
    const noun = m[1]!;
    const word = m[2]!;
    if (NOT_A_NOUN.test(noun) || /ly$|ing$|ed$/.test(noun)) continue;
    const cueStart = at + m[0].length - word.length;
    if (scan.usedCues.has(cueStart)) continue;
    const cue = cueOf(masked, word, cueStart + word.length, sentence.end);
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
    // "sent a letter to Senate leaders opposing …": after "to" the participle may describe the object before.
    if (/\bto\s+$/.test(masked.slice(Math.max(sentence.start, phraseStart - 4), phraseStart))) continue;
    const that = /^\s*(?:that\s+)?/.exec(masked.slice(cueEnd, sentence.end))![0];
    const [start, end] = contentAfter(scan, cueEnd + that.length, sentence.end, PHRASE_STOP);
    const content = text.slice(start, end);
    if (end <= start || wordCount(content, MIN_WORDS) < MIN_WORDS || masked.slice(start, end).includes(MASK)) continue;
    scan.usedCues.add(cueStart);
    scan.found.push({
      start, end, text: content, direct: false, cue, cueStart, speaker, block,
      extractor: EXTRACTOR, confidence: 0.45, attitude: !CUE_WORDS.has(word),
    } satisfies Attribution);
  }
}

/** The cue with its particle ("calling for"), or null: hand-listed cues, or learned cues with evidence. */
function cueOf(masked: string, word: string, wordEnd: number, sentenceEnd: number): string | null {
  const next = NEXT_WORD.exec(masked.slice(wordEnd, Math.min(sentenceEnd, wordEnd + 20)))?.[1];
  if (next && ((ATTITUDE_PARTICLES.get(word) ?? []).includes(next) || CUE_PARTICLES.get(word) === next || trusted(`${word} ${next}`))) return `${word} ${next}`;
  if (CUE_WORDS.has(word) || ATTITUDE_WORDS.has(word) || trusted(word)) return word;
  return null;
}

function trusted(cue: string): boolean {
  const entry = learnedCue(cue);
  return !!entry && entry.annotated >= MIN_ANNOTATED && entry.annotated / entry.seen >= MIN_RATIO;
}
