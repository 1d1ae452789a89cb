// A verb coordinated with the verb of a later clause shares that clause's subject, not the
// sentence's first one:
//   "Gov. Reyes signed the order, while Ben Holt, the former director, proposed a fee and said …" → Holt
//   "Pilots called a strike, and the largest union, the Harbour Guild, criticized the board and said …" → the Guild
// The clause opens after ", and", ", but", ", while", "; " (or a subordinator); its subject is a name
// or personal pronoun, which may carry an apposition between commas, or a description followed by the
// name it stands for between commas. A verb must follow the subject before the "and" of the
// coordinated verb ("…, and Ben Holt and said" is a list, not a clause).

import { openingSubject, type Subject } from './clause';
import { readSpeaker } from './speaker-phrase';
import type { Span } from '../types';
import { NAME_WORD_START } from './name-word';

const CLAUSE_OPENER = /(?:,\s+(?:and|but|while|whereas|although|though)|;|(?:^|[\s,])(?:while|whereas|although|though))\s+/gi;
// (A quotation, masked, may sit inside the clause: "proposed we “wake up” and said".)
const CLAUSE_BREAK = /[,;:\u2014\u2013()]/;
const PRONOUN_SUBJECT = /^(he|she|they|we)\s+(?!and\s|or\s)\p{Ll}/u;
/** ", the former port director," after a name: its apposition. */
const APPOSITION = /^,\s+[^,;:\uE000]{1,80},\s+/;
/** "the largest union on the island, the Harbour Guild, …": a description, then the name it stands for. */
const DESCRIBED_NAME = new RegExp(String.raw`^(?:the|a|an)\s+[^,;:\uE000]{1,60},\s+((?:the\s+)?${NAME_WORD_START}[\p{L}'\u2019.-]*(?:\s+(?:${NAME_WORD_START}[\p{L}'\u2019.-]*|of|for|and)){0,5}),\s+`, 'u');
/** After the subject: a verb (a lower-case word other than a conjunction), then the coordinated "and"/"but". */
const VERB_THEN_AND = /^\s*(?:\w+ly\s+)?(?!and\s|or\s|but\s)\p{Ll}[\p{L}-]*\s[^]*\s(?:and|but)\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?$/u;

/** The subject of the clause that the coordinated verb at `at` belongs to, when that clause opens after the sentence's start. */
export function coordinatedClauseSubject(masked: string, sentence: Span, at: number): Subject | null {
  const head = masked.slice(sentence.start, at);
  let from = -1;
  for (const m of head.matchAll(CLAUSE_OPENER)) from = sentence.start + m.index! + m[0].length;
  if (from <= sentence.start) return null;
  const clause = masked.slice(from, at);
  const pronoun = PRONOUN_SUBJECT.exec(clause);
  if (pronoun) {
    const rest = clause.slice(pronoun[1]!.length);
    if (CLAUSE_BREAK.test(rest) || !VERB_THEN_AND.test(rest)) return null;
    const speaker = readSpeaker(masked, from, from + pronoun[1]!.length);
    return speaker ? { speaker, phraseStart: from } : null;
  }
  const described = DESCRIBED_NAME.exec(clause);
  if (described) {
    const rest = clause.slice(described[0].length - 1);
    if (CLAUSE_BREAK.test(rest) || !VERB_THEN_AND.test(rest)) return null;
    const nameStart = from + described[0].indexOf(described[1]!, described[0].indexOf(','));
    const speaker = readSpeaker(masked, nameStart, nameStart + described[1]!.length);
    return speaker && speaker.form === 'name' ? { speaker, phraseStart: from } : null;
  }
  const found = openingSubject(masked, from, at);
  if (!found || found.phraseStart < from) return null;
  let rest = masked.slice(found.speaker.end, at);
  const apposition = APPOSITION.exec(rest);
  if (apposition) rest = rest.slice(apposition[0].length - 1);
  if (CLAUSE_BREAK.test(rest) || !VERB_THEN_AND.test(rest)) return null;
  return found;
}
