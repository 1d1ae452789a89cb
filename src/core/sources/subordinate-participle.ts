// "The recall comes a month after the agency issued an alert, saying …": a participle after a
// subordinate clause hangs on that clause when the main clause's subject is a thing that says
// nothing ("The recall", "Prices"); the clause's own subject, a body or a person, is the speaker.
// The clause runs from its subordinator to the participle's comma with no other break, and its
// subject is the phrase before its first finite verb. ("as" and "if" are left out: "such as",
// "as well as", "asked if" open no clause with a subject.)

import type { Subject } from './clause';
import { IRREGULAR_PAST_FORMS } from './main-clause-subject';
import { readSpeaker } from './speaker-phrase';

const SUBORDINATOR = /(?:^|\s)(?:after|before|when|since|because|once|until)\s+/gi;
const CLAUSE_BREAK = /[,;:\uE000\u2014\u2013()]/;
/** A finite verb: a regular past ("issued"), an irregular one ("said", "told"), or an auxiliary. */
const FINITE = /^(?:\p{Ll}{2,}ed|said|has|have|had|is|are|was|were|will|would)$/u;

/** The subject of the subordinate clause that ends at the participle at `at`, when it can speak; else null. */
export function subordinateClauseSpeaker(masked: string, from: number, at: number): Subject | null {
  let start = -1;
  for (const m of masked.slice(from, at).matchAll(SUBORDINATOR)) start = from + m.index! + m[0].length;
  if (start < 0) return null;
  const clause = masked.slice(start, at).replace(/[\s,]+$/, '');
  if (!clause || CLAUSE_BREAK.test(clause)) return null;
  let verb = -1;
  for (const m of clause.matchAll(/\S+/g)) {
    if (m.index === 0) continue;
    if (FINITE.test(m[0]) || IRREGULAR_PAST_FORMS.test(m[0])) { verb = m.index!; break; }
  }
  if (verb < 0) return null;
  const speaker = readSpeaker(masked, start, start + clause.slice(0, verb).trimEnd().length);
  if (!speaker || speaker.start !== start) return null;
  const speaks = speaker.form === 'name' ? speaker.kind !== 'other' && speaker.kind !== 'document'
    : speaker.form === 'nominal' && (speaker.kind === 'person' || speaker.kind === 'organization' || speaker.kind === 'anonymous');
  return speaks ? { speaker, phraseStart: start } : null;
}
