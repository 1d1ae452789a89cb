// "Many voters were angry; they said …", "Supporters of the plan cheered as they left": "they" wants
// a plural antecedent, and a plural of people written in lower case ("the protesters", "campaign
// officials", "Disconsolate Republican operatives") is the nearest one when it stands in the
// pronoun's sentence before it, or as the subject of the sentence before. Read from the shape of the
// phrase (a plural person's noun as its head, the modifiers before it, a plural verb after it), never
// from a list of groups. The capitalised plurals that read as names ("Republicans") are
// group-antecedent.ts's.

import { sentenceBefore, sentenceOf, type Scan } from '../scan';
import { IRREGULAR_PAST_FORMS } from '../main-clause-subject';
import { PERSON_NOUNS } from '../lexicon';
import { isPluralPeopleNoun } from './people-nouns';
import type { Mention } from './person-mentions';
import { isApposedAnd, pastApposition } from './apposed-pair';

export interface PluralPeople {
  /** The phrase without its determiner: "campaign officials". */
  phrase: string;
  /** Its head, the plural noun: "officials". */
  head: string;
  start: number;
}

/** A plural noun in lower case (not "boss", "status", "Sanders"). */
const PLURAL_WORD = /(?<![\p{L}\p{N}'\u2019.-])(\p{L}[\p{Ll}-]*[^\sSUsu'\u2019.-]s|[Pp]eople|men|women|children|[Pp]olice)(?![\p{L}\p{N}'\u2019-])/gu;

/** Words that end the phrase before the head: what opens a phrase or a clause, never a modifier of the noun. */
const NOT_MODIFIER = /^(?:including|excluding|especially|particularly|notably|of|in|on|at|by|for|with|to|from|into|about|over|under|among|against|and|or|but|nor|that|which|who|whom|whose|as|than|like|if|when|while|because|since|after|before|said|says|say|told|is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|could|should|can|may|might|must|not|no|he|she|it|they|we|i|you|him|them|us|me|there|here|where|what|how|why|so|also|even|just|only|then|now|every|each|any|such)$/i;
/** The words that open the phrase and are left out of its description. */
const DETERMINER = /^(?:the|these|those|some|many|most|several|other|both|all|few|his|her|their|its|our|my|your)$/i;
/** A possessive or a number: part of the description ("Clinton's aides", "two officials"). */
const MODIFIER_WORD = /^[\p{L}\p{N}][\p{L}\p{N}'\u2019.-]*$/u;
const MAX_MODIFIERS = 3;
/** "and his " or "and " before a phrase: the plural joined to a name or a pronoun before it. */
const JOINED_TO_ONE = /\band\s+(?:(?:his|her|their|its)\s+)?$/i;
/** A plural noun and "and" at the end of the text before a phrase: "directors and ". */
const JOINED_PLURAL = /(^|[^\p{L}])(\p{Ll}[\p{Ll}-]*s)\s+and\s+$/u;

/** A verb a plural subject takes, past one adverb: "officials were", "voters also said", "aides have". */
const PLURAL_VERB_AFTER = /^(?:\s*,\s*)?\s+(?:(?:\p{Ll}+ly|also|still|never|now|then|again|already|just|even|once|not|all|both)\s+)?(\p{Ll}+)(?![\p{L}'\u2019-])/u;
const PLURAL_VERB = /^(?:are|were|have|had|do|did|will|would|could|can|should|may|might|must|say|said|believe|think|fear|hope|want|argue|contend|insist|expect|worry|feel|know|see|agree|claim|warn|plan)$/;
const PAST_ED = /(?:[^e]ed|(?:agr|fr|guarant|decr)eed)$/;
/** The preposition of a phrase that describes the plural before its verb: "members of the board said", "aides to Ms. Roe have". */
const OF_PHRASE = /^\s+(?:of|from|at|in|within|for|to)\s/;
const PHRASE_WORD = /^\s*[\p{L}\p{N}'\u2019.&-]+/u;

/** The last plural of people before `pos` in its sentence, or the subject of the sentence before, or null. */
export function pluralPeopleBefore(scan: Scan, pos: number, block: number): PluralPeople | null {
  const sentence = sentenceOf(scan, block, pos);
  if (!sentence) return null;
  const before = sentenceBefore(scan, block, sentence);
  const own = lastPlural(scan.masked, sentence.start, pos, false);
  return own ?? (before ? lastPlural(scan.masked, before.start, before.end, true) : null);
}

/** The first plural of people in [from, to) that a plural verb follows: the subject of the words there. */
export function pluralSubjectIn(masked: string, from: number, to: number): PluralPeople | null {
  return lastPlural(masked, from, to, true);
}

/** Two persons named together: "Ann Roe and Tom Lund", "Ms. Roe and Mr. Lund". */
export interface NamedPair {
  first: Mention;
  second: Mention;
}

/** "and" between two names, with the second one's titles: " and ", " and Mr. ", " and Sen. ". */
const AND_BETWEEN = /^\s+and\s+(?:\p{Lu}[\p{L}.]*\.?\s+){0,2}$/u;

/**
 * The last two persons named together before `pos` that a plural verb follows, in the pronoun's own
 * sentence or (the first such) in the sentence before: "Ann Roe and Tom Lund met on Friday. They
 * said …" is the two of them, never one.
 */
export function pairedPeopleBefore(scan: Scan, pos: number, block: number, mentions: readonly Mention[]): NamedPair | null {
  const sentence = sentenceOf(scan, block, pos);
  if (!sentence) return null;
  const before = sentenceBefore(scan, block, sentence);
  const pairsIn = (from: number, to: number): NamedPair[] => {
    const found: NamedPair[] = [];
    for (let i = 1; i < mentions.length; i++) {
      const b = mentions[i]!;
      if (b.end > to || !b.person) continue;
      // ("Ann Roe, a farmer from Dayton, and Tom Lund, a teacher, met …": each with an apposition,
      // apposed-pair.ts; a name inside the first one's apposition stands between them.)
      for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
        const a = mentions[j]!;
        if (a.start < from || !a.person) break;
        const between = scan.masked.slice(a.end, b.start);
        const plain = j === i - 1 && AND_BETWEEN.test(between);
        if (!plain && !isApposedAnd(between)) continue;
        const after = scan.masked.slice(b.end, b.end + 120);
        if (takesPluralVerb(after.slice(0, 40)) || !plain && takesPluralVerb(pastApposition(after).slice(0, 40))) found.push({ first: a, second: b });
        break;
      }
    }
    return found;
  };
  const own = pairsIn(sentence.start, pos).at(-1);
  return own ?? (before ? pairsIn(before.start, before.end)[0] ?? null : null);
}

/**
 * A plural of people in [from, to) that a plural verb follows (a subject): in the pronoun's own
 * sentence the last, nearest the pronoun; in the sentence before the first, its main subject and not
 * one of the clause it reports ("Former officials said investigators were …").
 */
function lastPlural(masked: string, from: number, to: number, previous: boolean): PluralPeople | null {
  const slice = masked.slice(from, to);
  let subject: PluralPeople | null = null;
  PLURAL_WORD.lastIndex = 0;
  for (let m = PLURAL_WORD.exec(slice); m; m = PLURAL_WORD.exec(slice)) {
    let head = m[1]!;
    // ("Aides said …": capitalised only because it opens the sentence, a person's noun the text also
    // writes in lower case or the lexicon lists; not a surname in that shape, "Sanders said …".)
    if (/^\p{Lu}/u.test(head)) {
      const lower = head.toLowerCase();
      if (/[\p{L}\p{N}]/u.test(slice.slice(0, m.index)) || !(PERSON_NOUNS.has(lower) || new RegExp(`(?<![\\p{L}])${lower}(?![\\p{L}])`, 'u').test(masked))) continue;
      head = lower;
    }
    if (!isPluralPeopleNoun(head)) continue;
    const end = m.index + head.length;
    // ("his supporters' anger": a possessive plural is no subject.)
    if (/^['\u2019]/.test(slice.slice(end, end + 1))) continue;
    if (!takesPluralVerb(slice.slice(end, end + 40)) && !verbPastPhrase(slice.slice(end, end + 80))) continue;
    const lead = slice.slice(Math.max(0, m.index - 80), m.index);
    const { words, boundary } = modifiersBefore(lead);
    let start = from + (words.length ? m.index - words[0]!.back : m.index);
    let phrase = [...words.map((w) => w.word), head].join(' ');
    // ("directors and advisers": two plurals joined are one group, read whole.)
    const joined = boundary.toLowerCase() === 'and' ? JOINED_PLURAL.exec(lead.slice(0, lead.length - (m.index + from - start) )) : null;
    if (joined && isPluralPeopleNoun(joined[2]!)) {
      start -= joined[0].length - joined[1]!.length;
      phrase = `${joined[2]} and ${phrase}`;
    } else if (NOT_MODIFIER.test(boundary) && !/^(?:and|but)$/i.test(boundary)) continue;
    // ("Roe and her colleagues", "she and her husband": a plural joined to someone else is no group of its own.)
    else if (JOINED_TO_ONE.test(lead.slice(0, lead.length - (m.index + from - start)))) continue;
    // (Above: "… until voters go to the polls, they …": the subject of a clause a subordinator or a preposition leads is not the sentence's.)
    subject = { phrase, head, start };
    if (previous) break;
  }
  return subject;
}

/**
 * The modifiers right before the head, nearest last, with how far back each starts, and the word
 * before them. Words in lower case count only after a determiner or where the sentence opens ("the
 * angry farmers"); elsewhere only names, possessives and numbers ("Clinton aides", "Mexican
 * officials"): "… allows people", "… one more day until voters" hold no modifier of the noun.
 */
function modifiersBefore(text: string): { words: { word: string; back: number }[]; boundary: string } {
  const words: { word: string; back: number }[] = [];
  let rest = text;
  let boundary = '';
  while (true) {
    const m = /(\S+)(\s+)$/.exec(rest);
    if (!m) break;
    boundary = m[1]!;
    if (words.length >= MAX_MODIFIERS || !MODIFIER_WORD.test(boundary) || NOT_MODIFIER.test(boundary) || /ly$/.test(boundary) || DETERMINER.test(boundary)) break;
    words.unshift({ word: boundary, back: text.length - m.index });
    rest = rest.slice(0, m.index);
    boundary = '';
  }
  // (Lower-case words kept only where what comes before closes the phrase.)
  const closed = boundary === '' || DETERMINER.test(boundary) || /[,;:.!?(\u2014\u2013]$/.test(boundary);
  if (!closed) while (words.length && !/^(?:\p{Lu}|\p{N})|['\u2019]s$/u.test(words[0]!.word)) words.shift();
  return { words, boundary };
}

/** A plural verb after a phrase of up to four words that describes the plural. */
function verbPastPhrase(after: string): boolean {
  const of = OF_PHRASE.exec(after);
  if (!of) return false;
  let rest = after.slice(of[0].length);
  for (let n = 0; n < 4; n++) {
    const word = PHRASE_WORD.exec(rest);
    if (!word) return false;
    rest = rest.slice(word[0].length);
    if (takesPluralVerb(rest)) return true;
  }
  return false;
}

function takesPluralVerb(after: string): boolean {
  const verb = PLURAL_VERB_AFTER.exec(after);
  if (!verb) return false;
  const word = verb[1]!;
  return PLURAL_VERB.test(word) || PAST_ED.test(word) || IRREGULAR_PAST_FORMS.test(word);
}
