// "make the case that / for …": an argument put forward, its maker the clause's subject. "Roe made
// the case to the board that the pier must stay open", "Lund is making an impassioned case for the levy", "she
// has been making the case for weeks that …". The verb "make" reports nothing alone and the noun
// has no possessive holder, so neither the reporting readers nor noun-cue take it; the describing
// words are open ("an increasingly explicit, urgent and desperate case"). Read only for the attitude
// reading, like the other positions.

import { subjectBefore } from '../clause';
import type { Attribution, SpeakerRef } from '../model';
import { wordCount } from '../quote-spans';
import { contentAfter, positionMatches, type Scan } from '../scan';
import { CLAUSE_CONTENT_STOP } from './noun-cue';
import { AMOUNT_AFTER } from './possessive-noun';
import { STANCE_OBJECT_STOP } from './stance-noun';

const EXTRACTOR = 'sources/making-case';
/** Up to four describing words, commas and "and" between them; never a function word. */
const MODIFIERS = String.raw`((?:(?!(?:of|to|for|on|in|that|the|a|an|against)\b)\p{Ll}[\p{Ll}-]*,?\s+(?:and\s+)?){0,4})`;
/** A time or manner between noun and complement: "the case for weeks that", "the case again that". */
const BETWEEN = String.raw`(?:\s+(?:for\s+(?:weeks|months|years|days)|again|anew|publicly|privately|repeatedly))?`;
const MAKING_CASE = new RegExp(String.raw`(?<![\p{L}'\u2019-])((?:make|makes|made|making)\s+(?:the|a|an|his|her|their|its)\s+${MODIFIERS})case${BETWEEN}(?:(?:\s+to\s+[^,;:.\n]{1,60}?)?\s+(that)\b|\s+(for|against)\s|\s*:)`, 'gu');
/**
 * "who can still make a plausible case for …" is an ability, not an argument made; after "in" or
 * "by" ("joined Roe in making the case") the maker is not the phrase just before.
 */
const NOT_MADE = /\b(?:can|could|might|may|in|by)\s+(?:still\s+|also\s+)?$/;

export function parseMakingCases(scan: Scan): void {
  const { masked, text } = scan;
  for (const { match: m, sentence, block, at } of positionMatches(scan, MAKING_CASE)) {
    // (The cue runs from the verb to the noun: "made an impassioned case".)
    const cueEnd = at + m[1]!.length + 'case'.length;
    if (scan.usedCues.has(at) || NOT_MADE.test(masked.slice(Math.max(sentence.start, at - 20), at))) continue;
    const subject = subjectBefore(masked, sentence.start, at);
    if (!subject || !canArgue(subject.speaker)) continue;
    const after = at + m[0].length;
    // ("made the case for 40 percent": a figure is an amount, not what is argued for.)
    if (m[4] && AMOUNT_AFTER.test(masked.slice(after, after + 4))) continue;
    const [start, end] = contentAfter(scan, after, sentence.end, m[4] ? STANCE_OBJECT_STOP : CLAUSE_CONTENT_STOP);
    if (end <= start || wordCount(text.slice(start, end), 1) < 1) continue;
    scan.usedCues.add(at);
    scan.found.push({
      start, end, text: text.slice(start, end), direct: false, cue: text.slice(at, cueEnd), cueStart: at, speaker: subject.speaker, block,
      extractor: EXTRACTOR, confidence: 0.5, attitude: true,
    } satisfies Attribution);
  }
}

/** People and bodies argue; "the report", "the data" are left to the readers of documents. */
function canArgue(s: SpeakerRef): boolean {
  return s.form === 'name' || (s.form === 'pronoun' && /^(?:he|she|they|we|i)$/.test(s.head ?? ''))
    || (s.form === 'nominal' && (s.kind === 'person' || s.kind === 'anonymous' || s.kind === 'organization'));
}
