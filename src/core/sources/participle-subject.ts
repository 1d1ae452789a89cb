// The subject a participle without one of its own borrows: that of the clause it hangs on. "While
// the owners lobby for X, Ruiz won the docks by promising Y" (Ruiz, not the owners); "Later in the
// day, she escalated her attacks, criticizing …" (she); "A set a trap — and this month he fell for
// it by retweeting …" (he). openingSubject reads only the name or capitalised pronoun that opens a
// sentence; here the clause is the part of the sentence after its last comma or dash, and a
// lower-case pronoun among its first words ("On Tuesday she …", "Then he …") is its subject too.

import { openingSubject, subjectBefore, type Subject } from './clause';
import { readSpeaker } from './speaker-phrase';
import type { Span } from '../types';
import { NAME_WORD_START } from './name-word';

const CLAUSE_BOUNDARY = /[,;(\u2014\u2013]|\s-\s/g;
const LEADING_CONJUNCTION = /^\s*(?:(?:and|but|yet|so)\s+)?/;
/** A subject pronoun within the clause's first four words ("On Tuesday she", "And then he"). */
const LEADING_PRONOUN = /^\s*(?:[\p{L}\d'\u2019.-]+\s+){0,3}?(he|she|they|we)\s+\p{Ll}/diu;
/** A piece of capitalised words alone ("Delaware", "Ill.", "New South Wales"): no verb, no clause. */
const NAME_ONLY = new RegExp(String.raw`^\s*${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){0,3}\s*$`, 'u');
/** A sentence that opens with a subordinate clause: its subject is not the main clause's. */
const SUBORDINATE_OPENING = /^\s*(?:While|When|As|Although|Though|If|Because|Since|After|Before|Whereas|Unless|Until|Once|Where)\s/;

/** A clause that opens with a finite verb, an auxiliary or a past form: "has soared", "was", "won". */
const VERB_FIRST = /^(\s*)(?:has|have|had|is|are|was|were|will|would|could|can|did|does|\p{Ll}+ed)\s/u;

/** The subject of the clause that ends at `end` (where the participle's phrase begins), or null. */
export function participleSubject(masked: string, sentence: Span, end: number): Subject | null {
  const head = masked.slice(sentence.start, end);
  const boundary = lastBoundary(head);
  if (boundary < 0) return openingSubject(masked, sentence.start, end) ?? leadingPronoun(masked, sentence.start, end);
  const from = sentence.start + boundary + LEADING_CONJUNCTION.exec(head.slice(boundary))![0].length;
  const own = openingSubject(masked, from, end) ?? leadingPronoun(masked, from, end);
  if (own) return own;
  // ("… while her main rival, Lena Marsh, has soared in the polls by saying …": a clause that opens
  // with its verb has its subject before the commas, a name set off as an apposition; reading left
  // of the verb finds it, as for any cue.)
  const verb = VERB_FIRST.exec(masked.slice(from, end));
  const apposed = verb ? subjectBefore(masked, sentence.start, from + verb[1]!.length) : null;
  if (apposed && apposed.speaker.form === 'name') return apposed;
  return SUBORDINATE_OPENING.test(head) ? null : openingSubject(masked, sentence.start, end);
}

/**
 * Where the clause a participle at `end` hangs on begins: after the last comma, dash or bracket
 * before the participle's own comma; -1 when there is none (the clause may then be any of several
 * run together, a quotation's inner comma being masked).
 */
export function hostClauseStart(masked: string, sentence: Span, end: number): number {
  const boundary = lastBoundary(masked.slice(sentence.start, end));
  return boundary < 0 ? -1 : sentence.start + boundary;
}

/** The offset in `head` just after its last clause boundary, or -1. */
function lastBoundary(head: string): number {
  const trimmed = head.replace(/[\s,]+$/, '');
  const boundaries = [...trimmed.matchAll(CLAUSE_BOUNDARY)].map((m) => m.index! + m[0].length);
  // ("… was in Dover, Delaware, promising …": a name alone after the last comma closes the phrase
  // before it, a state after its town; it is no clause, and the participle hangs on the one before.)
  while (boundaries.length && NAME_ONLY.test(trimmed.slice(boundaries[boundaries.length - 1]!))) boundaries.pop();
  return boundaries.length ? boundaries[boundaries.length - 1]! : -1;
}

function leadingPronoun(masked: string, from: number, end: number): Subject | null {
  const m = LEADING_PRONOUN.exec(masked.slice(from, end));
  if (!m?.indices?.[1]) return null;
  const start = from + m.indices[1][0];
  const speaker = readSpeaker(masked, start, start + m[1]!.length);
  return speaker ? { speaker, phraseStart: start } : null;
}
