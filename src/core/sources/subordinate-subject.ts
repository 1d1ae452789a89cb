// "Some in the crowd booed, and when Dan Holt thanked the workers and said the port would reopen, …":
// a verb coordinated inside a subordinate clause shares that clause's subject (Holt), not the
// sentence's opening one ("Some"). The clause runs from its subordinator to the verb with no comma,
// dash or quotation between; its subject is the name or personal pronoun right after the subordinator.
// ("as" and "if" are left out: "such as", "as well as", "asked if" open no clause with a subject.)

import { openingSubject, type Subject } from './clause';
import { readSpeaker } from './speaker-phrase';
import type { Span } from '../types';

const SUBORDINATOR = /(?:^|[\s,])(?:when|while|after|before|because|since|although|though|once|until|whereas)\s+/gi;
const CLAUSE_BREAK = /[,;:\uE000\u2014\u2013()]/;
const PRONOUN_SUBJECT = /^(he|she|they|we)\s+\p{Ll}/u;

/** The subject of the subordinate clause a coordinated verb at `at` belongs to, or null. */
export function subordinateSubject(masked: string, sentence: Span, at: number): Subject | null {
  const head = masked.slice(sentence.start, at);
  let from = -1;
  for (const m of head.matchAll(SUBORDINATOR)) from = sentence.start + m.index! + m[0].length;
  if (from < 0 || CLAUSE_BREAK.test(masked.slice(from, at))) return null;
  // (The clause needs a verb before the coordinated one: "when Holt thanked the workers and said".)
  if (!/\s(?:and|but)\s/.test(masked.slice(from, at))) return null;
  const pronoun = PRONOUN_SUBJECT.exec(masked.slice(from, at));
  if (pronoun) {
    const speaker = readSpeaker(masked, from, from + pronoun[1]!.length);
    return speaker ? { speaker, phraseStart: from } : null;
  }
  const found = openingSubject(masked, from, at);
  if (!found || found.phraseStart < from) return null;
  // ("Ortiz went after Dana Lund for following … and called …": "after" a preposition, its object no
  // subject. A clause's subject is followed by its verb, not by a preposition.)
  const next = /^\s+(\p{Ll}+)/u.exec(masked.slice(found.speaker.end, at))?.[1];
  return next && PREPOSITION_AFTER.test(next) ? null : found;
}

const PREPOSITION_AFTER = /^(?:for|of|to|in|on|at|with|by|from|about|over|into|as|and|or|than|like)$/;
