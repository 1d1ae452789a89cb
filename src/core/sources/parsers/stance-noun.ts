// Stances held as nouns for persons: "Ann Roe is a longtime supporter of the levy", "she has been a
// fierce critic of the mayor", "Ann Roe, an early backer of the plan, …", "she's a Roe supporter",
// "Ann Roe, the Roe supporter from Leeds, …". The noun names the person's position on its object
// (or on the name in front of it), and the person is the clause's subject or the name the noun is
// in apposition to. The object is often a short name that otherwise sits only inside some longer
// statement. Read only for the attitude reading, like the other attitudes.

import { subjectBefore } from '../clause';
import type { Attribution, SpeakerRef } from '../model';
import { wordCount } from '../quote-spans';
import { readSpeaker } from '../speaker-phrase';
import { contentAfter, positionMatches, type Scan } from '../scan';
import { NAME_WORD_START } from '../name-word';

const EXTRACTOR = 'sources/stance-noun';

/** Nouns that name a person by a stance toward something. */
const NOUN = String.raw`(supporters?|backers?|critics?|opponents?|proponents?|defenders?|advocates?|champions?|fans?|allies|ally|admirers?|detractors?|foes?|loyalists?)`;
/** Up to three lower-case modifiers ("longtime", "consistent and outspoken"), never a determiner or preposition. */
const MODIFIERS = String.raw`(?:(?!(?:of|to|for|in|on|with|the|a|an|his|her|their|its|who|that|which)\b)[\p{Ll}-]+,?\s+(?:and\s+)?){0,3}`;
/** "a", "an", "no" ("is no fan of"), "one of the", "among the". */
const DETERMINER = String.raw`(?:(?:a|an|no|one\s+of\s+(?:the|his|her|their)|among\s+the)\s+)`;
const COPULA = String.raw`(?:(?<![\p{L}'\u2019-])(?:is|are|was|were|am|be|been|remains?|remained|became|become|becomes)|['\u2019](?:s|re))`;
const ADVERBS = String.raw`(?:(?:also|still|now|long|always|perhaps|not|already|once)\s+){0,2}`;

/** "X is a (longtime) supporter of …": the clause's subject holds the stance. */
const PREDICATE_OF = new RegExp(String.raw`${COPULA}\s+${ADVERBS}(${DETERMINER})?${MODIFIERS}${NOUN}\s+of\s+`, 'gu');
/** "Ann Roe, a (longtime) supporter of …,": the name before the comma holds the stance. */
const APPOSITION_OF = new RegExp(String.raw`,\s+(?:a|an)\s+${MODIFIERS}${NOUN}\s+of\s+`, 'gu');
/** "A longtime supporter of the levy, Ann Roe …": a fronted apposition, the name after the comma. */
const FRONTED_OF = new RegExp(String.raw`^(?:A|An)\s+${MODIFIERS}${NOUN}\s+of\s+`, 'gu');
/**
 * "she is a Roe supporter", "he has been a longtime Roe backer": the name in front of the noun is
 * its object. Only as a predicate: in an apposition ("Ann Roe, a Roe supporter, said …") the
 * phrase describes who is speaking rather than stating a position, and attribution corpora leave it out.
 */
const NAME_BEFORE = new RegExp(String.raw`${COPULA}\s+${ADVERBS}(?:as\s+strong\s+)?(?:a|an)\s+${MODIFIERS}((?:${NAME_WORD_START}[\p{L}'\u2019-]*\s+){1,3})(supporter|backer|fan|loyalist|critic|opponent|ally|admirer|detractor)\b(?!\s+of\b)`, 'gu');

/** Where the object of the noun ends: a comma, a dash, or a new clause. */
export const STANCE_OBJECT_STOP = /[,;(\u2014\u2013]|\s(?:but|while|whereas|who|which|because|since|than|although|though|even\s+though|and\s+(?:has|have|had|is|was|are|were|said|says|will|would))\b/;
const NAME_LEFT = new RegExp(String.raw`((?:${NAME_WORD_START}[\p{L}.'\u2019-]*\s+){0,4}${NAME_WORD_START}[\p{L}.'\u2019-]*)\s*$`, 'u');
const PLACE_PREPOSITION = /(?:^|\s)(?:of|from|in|at|near|for)\s*$/;
const RELATIVE_WORD = /\b(?:who|which|that)\b/i;
const NAME_RIGHT = new RegExp(String.raw`^\s*((?:${NAME_WORD_START}[\p{L}.'\u2019-]*\s+){0,4}${NAME_WORD_START}[\p{L}.'\u2019-]*)`, 'u');

export function parseStanceNouns(scan: Scan): void {
  const { masked } = scan;
  for (const { match: m, sentence, block, at } of positionMatches(scan, PREDICATE_OF)) {
    // ("Roe's critics of …" is a possessive, not "Roe is".)
    if (/^['\u2019]s/.test(m[0]) && !m[1]) continue;
    const subject = stanceHolder(masked, sentence.start, at);
    if (!subject) continue;
    push(scan, block, at, m[2]!, subject, at + m[0].length, sentence.end);
  }
  for (const { match: m, sentence, block, at } of positionMatches(scan, APPOSITION_OF)) {
    const speaker = nameLeft(masked, sentence.start, at);
    if (!speaker) continue;
    push(scan, block, at + m[0].indexOf(m[1]!), m[1]!, speaker, at + m[0].length, sentence.end);
  }
  for (const { match: m, sentence, block, at } of positionMatches(scan, FRONTED_OF)) {
    const [start, end] = contentAfter(scan, at + m[0].length, sentence.end, STANCE_OBJECT_STOP);
    if (end <= start || masked[end] !== ',' ) continue;
    const speaker = nameRight(masked, end + 1, sentence.end);
    if (!speaker) continue;
    push(scan, block, at + m[0].indexOf(m[1]!), m[1]!, speaker, at + m[0].length, sentence.end);
  }
  for (const { match: m, sentence, block, at } of positionMatches(scan, NAME_BEFORE)) {
    const name = m[1]!.trimEnd();
    const nameStart = at + m[0].length - m[2]!.length - m[1]!.length;
    const cueStart = at + m[0].length - m[2]!.length;
    const subject = stanceHolder(masked, sentence.start, at);
    if (!subject || scan.usedCues.has(cueStart)) continue;
    scan.usedCues.add(cueStart);
    scan.found.push({
      start: nameStart, end: nameStart + name.length, text: scan.text.slice(nameStart, nameStart + name.length), direct: false,
      cue: m[2]!, cueStart, speaker: subject, block, extractor: EXTRACTOR, confidence: 0.5, attitude: true,
    } satisfies Attribution);
  }
}

function push(scan: Scan, block: number, cueStart: number, cue: string, speaker: SpeakerRef, from: number, sentenceEnd: number): void {
  if (scan.usedCues.has(cueStart)) return;
  const [start, end] = contentAfter(scan, from, sentenceEnd, STANCE_OBJECT_STOP);
  if (end <= start || wordCount(scan.text.slice(start, end), 1) < 1) return;
  scan.usedCues.add(cueStart);
  scan.found.push({
    start, end, text: scan.text.slice(start, end), direct: false, cue, cueStart, speaker, block,
    extractor: EXTRACTOR, confidence: 0.5, attitude: true,
  } satisfies Attribution);
}

/**
 * The subject of the copula at `at` when a person or a body can hold a stance ("the plan is a
 * backer of …" is no reading). Not through a relative "who": a description often ends on a place
 * ("Senator Ann Roe, Republican of North Carolina, who is a Cruz supporter"), the subject is then
 * read as the place, and the position would make the place a speaker.
 */
function stanceHolder(masked: string, sentenceStart: number, at: number): SpeakerRef | null {
  const subject = subjectBefore(masked, sentenceStart, at);
  if (!subject) return null;
  const s = subject.speaker;
  if (RELATIVE_WORD.test(masked.slice(s.end, at))) return null;
  const ok = s.form === 'name' || (s.form === 'pronoun' && /^(?:he|she|they|we|i)$/.test(s.head ?? ''))
    || (s.form === 'nominal' && (s.kind === 'person' || s.kind === 'anonymous' || s.kind === 'organization'));
  return ok ? s : null;
}

/** The name right before `at` (an apposition's anchor), read as a speaker. */
function nameLeft(masked: string, sentenceStart: number, at: number): SpeakerRef | null {
  const before = masked.slice(Math.max(sentenceStart, at - 80), at);
  const m = NAME_LEFT.exec(before);
  if (!m) return null;
  // ("Ann Roe of North Carolina, a critic of …": the name before the comma is a place.)
  if (PLACE_PREPOSITION.test(before.slice(0, before.length - m[0].length))) return null;
  const start = at - m[0].length;
  const ref = readSpeaker(masked, start, start + m[1]!.length);
  return ref && ref.form === 'name' ? ref : null;
}

/** The name right after `from` (the subject after a fronted apposition), read as a speaker. */
function nameRight(masked: string, from: number, sentenceEnd: number): SpeakerRef | null {
  const m = NAME_RIGHT.exec(masked.slice(from, sentenceEnd));
  if (!m) return null;
  const start = from + m[0].length - m[1]!.length;
  const ref = readSpeaker(masked, start, start + m[1]!.length);
  return ref && ref.form === 'name' ? ref : null;
}
