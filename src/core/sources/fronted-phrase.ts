// A phrase of time or place fronted without its comma: "In December the company said …", "On Friday
// Smith told …", "In a 2006 interview Lee said …", "After the vote the senator said …". Wire copy
// often leaves the comma out; the subject is then the phrase after the fronted one, which the
// subject reader, reading the segment whole, cannot take for a name or a description.
//
// The fronted phrase opens with a preposition of time or place (or "Earlier"/"Later"/"Last"/"This"/
// "Next") and ends on a word that can end a noun phrase; the subject opens with a determiner, a
// personal pronoun or a capital. A capital right after a capital goes on with the same name ("On
// Friday the White House said" does not split at "White|House", unless it is a day or a month:
// "On Friday Smith said"), and a function word ends no phrase
// ("In the wake of the storm the mayor said" splits only at "storm|the").

import type { Span } from '../types';
import { DAY_OR_MONTH } from './time-names';

/** The words that open a fronted phrase of time or place. */
// ("Last", "This", "Next" only before a time: "This week the board said", not "This is something Roe thinks".)
const FRONTED_OPENING = new RegExp(`^\\s*(?:In|On|At|During|After|Before|Since|Until|Throughout|Over|Earlier|Later|(?:Last|This|Next)\\s+(?:${DAY_OR_MONTH}|week|month|year|morning|afternoon|evening|night|weekend|spring|summer|fall|autumn|winter|decade|season|time))\\s`, 'i');
/** Words that cannot end the fronted phrase: determiners, prepositions, conjunctions, time modifiers. */
const NO_PHRASE_END = /^(?:in|on|at|during|after|before|since|until|throughout|over|earlier|later|last|this|next|the|a|an|that|these|those|his|her|its|their|our|my|your|of|for|from|to|with|by|into|about|and|or|but|than|as|early|late|past|recent|same|such|its|some|each|every|all|both|who|which|whom|whose|when|where|while|is|was|were|are|be|been|has|have|had|not|no)$/i;
/** What opens the subject: a determiner or a personal pronoun ("the company", "she"). */
const SUBJECT_OPENING = /^(?:the|a|an|his|her|its|their|our|he|she|they|we|I)$/i;
const CAPITAL = /^\p{Lu}/u;
const PERSONAL_PRONOUN = /^(?:he|she|they|we|I|you)$/;
/** A word that reads as a finite verb: a past in "-ed", or a verb of saying or thinking. */
const FINITE_VERB = /^(?:said|says|told|tells|thinks|thought|knew|knows|is|was|are|were|has|have|had)$/;
const PAST = /^\p{Ll}{2,}ed$/u;
/** A day or a month ends its phrase even before a name: "On Friday Smith said". */
const TIME_NAME = new RegExp(`^${DAY_OR_MONTH}$`);
/** A time that ends its phrase before a bare plural too: "In December officials said", "Last week analysts warned". */
const TIME_END = new RegExp(`^(?:${DAY_OR_MONTH}|\\d{4}|week|month|year|years|morning|afternoon|evening|night|weekend|day|days|decade)$`);
/** A bare lower-case plural opening the subject: "officials", "analysts". */
const BARE_PLURAL = /^\p{Ll}{3,}s$/u;
const WORD = /[^\s]+/g;
/** At most this many words in the fronted phrase ("In a 2006 Associated Press interview"). */
const MAX_FRONTED_WORDS = 7;

/**
 * Where the subject after a comma-less fronted phrase may start, latest first: each span runs from a
 * possible subject's first word to the segment's end. Empty when the segment opens no such phrase.
 */
export function subjectsAfterFrontedPhrase(masked: string, seg: Span): Span[] {
  const text = masked.slice(seg.start, seg.end);
  if (!FRONTED_OPENING.test(text) || /[,;:\uE000]/.test(text)) return [];
  const words: { word: string; at: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.push({ word: m[0], at: seg.start + m.index });
  const out: Span[] = [];
  // (A personal pronoun is the subject itself: in "In the future I expect Roe will call" no later
  // word opens one.)
  // (Nor after a verb: "On Monday No 10 confirmed the commissioner declined …" is a clause, no phrase.)
  // (A past in "-ed" after a noun, "a statement released Friday", is a participle.)
  const isVerb = (i: number) => FINITE_VERB.test(words[i]!.word) || PAST.test(words[i]!.word) && /^[\p{Lu}\d]/u.test(words[i - 1]!.word);
  const pronoun = words.findIndex((w, i) => i > 0 && (PERSONAL_PRONOUN.test(w.word) || isVerb(i)));
  const last = Math.min(words.length - 1, MAX_FRONTED_WORDS, pronoun > 0 ? pronoun : Infinity);
  for (let i = last; i >= 2; i--) {
    // (The subject holds no verb either: "No 10 confirmed the commissioner" is a clause.)
    if (words.slice(i + 1).some((_, k) => isVerb(i + 1 + k))) continue;
    const last = words[i - 1]!.word;
    const next = words[i]!.word;
    if (NO_PHRASE_END.test(last) || /[^\p{L}\d'\u2019.-]/u.test(last)) continue;
    const opensSubject = SUBJECT_OPENING.test(next) || CAPITAL.test(next) && (!CAPITAL.test(last) || TIME_NAME.test(last))
      || BARE_PLURAL.test(next) && TIME_END.test(last);
    if (!opensSubject) continue;
    // (A pronoun is the whole subject: "I expect Roe" is a clause, no name with a role.)
    if (PERSONAL_PRONOUN.test(next) && i !== words.length - 1) continue;
    out.push({ start: words[i]!.at, end: seg.end });
  }
  return out;
}
