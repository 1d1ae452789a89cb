// The subject of a sentence's main clause, for a participle of saying that hangs on it: "But a few
// days later, Trump reversed himself yet again, telling CBS that …", "The billionaire businessman
// began by talking about the crisis, saying …", "Ryan's campaign shrugged off the remarks, telling
// reporters, “…”". The subject is the phrase (up to six words) that opens the clause and is followed
// by a word shaped like a finite verb; an opening adverbial closed by a comma ("But a few days
// later,", "Here in Columbia,") may come first. The name-only readers (openingSubject) refuse
// descriptions and a lower-case opening; this reads them, and is asked only when they found nothing.

import type { Subject } from './clause';
import { MASK } from './quote-spans';
import { readSpeaker } from './speaker-phrase';
import { isFrontedSubordinate } from './refiners/fronted-subordinate';

/** The participles of saying this reads a subject for (not positions: "citing", "calling"). */
export const SPEECH_PARTICIPLE = /^(?:saying|telling|adding|noting|writing|asking|explaining|arguing|insisting|stating|warning|claiming)\b/;
/** Past forms that do not end in -ed, common as a main clause's verb. */
export const IRREGULAR_PAST = 'began|took|made|went|gave|held|met|sent|won|lost|brought|told|spoke|wrote|left|struck|sought|drew|came|ran|kept|stood|put|set|hit|broke|threw|led|spent|got|saw|found|fought|felt|stuck|shot|swept|became|rose|fell';
export const IRREGULAR_PAST_FORMS = new RegExp(`^(?:${IRREGULAR_PAST})$`);
/** After a verb in -s, what opens its object or particle: "shrugs off", "calls the …", "tells him". */
const AFTER_S_VERB = /^(?:the|a|an|his|her|their|its|that|this|to|up|off|on|out|back|him|her|them|it|us|down|over)$/;
const MAX_SUBJECT_WORDS = 8;
/** Adverbs between a subject and its verb: "The suspect then spoke", "the firm later said". */
const ADVERB_BEFORE_VERB = /^(?:then|also|later|again|first|once|now|still|soon|subsequently|immediately|quickly|reportedly|allegedly|initially|finally|previously|recently)$/;
const AUXILIARY = /^(?:is|are|was|were|has|have|had)$/;
/** A coordinator before the subject, read past: "But Trump reversed …". */
const COORDINATOR = /^(?:And|But|So|Yet|Still|Then)\s+/;
/** A subordinator or preposition opens an adverbial, not the subject: "When the vote failed, …", "At the debate, …". */
const OPENS_ADVERBIAL = /^(?:when|while|after|before|although|though|because|since|if|as|once|until|unless|whereas|in|at|on|during|for|from|with|by|despite|among|amid|under|over|here|there|now|then|later|earlier|meanwhile|still|yet|also|instead)$/i;
/** An opening adverbial: at most this many characters before its comma, with no quotation in it. */
const MAX_OPENING = 60;

function verbLike(word: string, next: string | undefined): boolean {
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word)) return false;
  // ("The weekly has been outspoken …, arguing …", "Party leaders are rushing …, fearing …": an
  // auxiliary is the clause's finite verb as well.)
  if (/[^e]ed$|eed$/.test(word) || IRREGULAR_PAST_FORMS.test(word) || AUXILIARY.test(word)) return true;
  return /[^su]s$/.test(word) && next !== undefined && AFTER_S_VERB.test(next);
}

/** The phrase at `from` that a verb follows, read as a speaker. */
function subjectAt(masked: string, from: number, limit: number): Subject | null {
  const coordinator = COORDINATOR.exec(masked.slice(from, limit));
  if (coordinator) from += coordinator[0].length;
  while (from < limit && /\s/.test(masked[from]!)) from++;
  if (OPENS_ADVERBIAL.test(/^\S+/.exec(masked.slice(from, limit))?.[0] ?? '')) return null;
  const words: { text: string; start: number; end: number }[] = [];
  const re = /[^\s,;:]+/g;
  re.lastIndex = from;
  for (let m = re.exec(masked); m && m.index < limit && words.length < MAX_SUBJECT_WORDS + 2; m = re.exec(masked)) {
    // The phrase stops at punctuation: a subject runs on without a comma up to its verb.
    if (/[,;:]/.test(masked.slice(words.length ? words[words.length - 1]!.end : from, m.index))) break;
    if (m[0].includes(MASK)) break;
    words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (let k = 1; k <= Math.min(MAX_SUBJECT_WORDS, words.length - 1); k++) {
    if (!verbLike(words[k]!.text, words[k + 1]?.text)) continue;
    const start = words[0]!.start;
    // ("The suspect then spoke …": an adverb before the verb is no part of the subject.)
    const last = k > 1 && ADVERB_BEFORE_VERB.test(words[k - 1]!.text) ? k - 2 : k - 1;
    const speaker = readSpeaker(masked, start, words[last]!.end);
    if (!speaker) return null;
    if (speaker.form === 'pronoun' && speaker.kind !== 'person' && speaker.head !== 'they' && speaker.head !== 'we') return null;
    // A description of a thing speaks only when definite ("The billionaire businessman"), never a bare plural ("Prices").
    if (speaker.form === 'nominal' && (speaker.kind === 'other' ? !/^(?:The|the)\s/.test(speaker.text) : false)) return null;
    return { speaker, phraseStart: start };
  }
  return null;
}

/** A fronted subordinate clause up to its comma, as a match of the text before the cue; or null. */
function frontedClause(text: string): RegExpExecArray | null {
  const clause = FRONTED_CLAUSE.exec(text);
  return clause && isFrontedSubordinate(clause[0].trimEnd()) ? clause : null;
}
const FRONTED_CLAUSE = /^[^,;:\uE000]{3,200},\s+/;

/**
 * The main clause's subject between `from` (the sentence's start) and the participle at `at`,
 * trying the sentence's start, then after up to two opening adverbials closed by commas.
 * `pastFrontedClause`: also past a fronted subordinate clause longer than those (for a participle of
 * saying only: before other cues, "…, he lived in Brooklyn and wrote his dissertation" and "…, Ebeling
 * and her husband set out with … addresses" were read as statements on PolNeAR train).
 */
export function mainClauseSubject(masked: string, from: number, at: number, pastFrontedClause = false): Subject | null {
  let start = from;
  for (let guard = 0; guard < 3 && start < at; guard++) {
    const found = subjectAt(masked, start, at);
    if (found) return found;
    // ("However, when asked if she had any advice for Ruiz about the race, Lund dismissed the idea,
    // noting, “…”": a fronted subordinate clause runs longer than a short adverbial, and is read past
    // whole, fronted-subordinate.ts.)
    const comma = new RegExp(`^[^,\\uE000;:]{1,${MAX_OPENING}},\\s+`).exec(masked.slice(start, Math.min(at, start + MAX_OPENING + 3)))
      ?? (pastFrontedClause ? frontedClause(masked.slice(start, at)) : null);
    if (!comma) return null;
    start += comma[0].length;
  }
  return null;
}
