// "Most residents say they believe …", "Groups that backed him say they fear …": a "they" that opens
// the clause a verb of saying reports is, as a rule, the group that says it. A cue read inside that
// clause ("believe", "fear") takes that group for its speaker, rather than what "they" would stand
// for on its own (the body named last, often another one).
// Only "they" after a group or a body: "Officials said he lied" names another person, and "Jones
// said they …" cannot be Jones.

import { subjectBefore, type Subject } from './clause';
import type { Span } from '../types';

/** A verb of saying (and its "that") right before the pronoun: "say they", "said that they". */
const SAYING_BEFORE = /(?:^|\s)(?:say|says|said|insist|insists|insisted|argue|argues|argued)\s+(?:that\s+)?$/;
const MAX_LEAD = 40;

/** The group that says the clause a "they" opens, as the subject for a cue inside it; null when none. */
export function complementPronounSubject(masked: string, sentence: Span, subject: Subject): Subject | null {
  const s = subject.speaker;
  if (s.form !== 'pronoun' || s.head !== 'they') return null;
  const lead = masked.slice(Math.max(sentence.start, s.start - MAX_LEAD), s.start);
  const m = SAYING_BEFORE.exec(lead);
  if (!m) return null;
  const outer = subjectBefore(masked, sentence.start, s.start - lead.length + m.index + m[0].search(/\S/));
  if (!outer) return null;
  const o = outer.speaker;
  const group = (o.form === 'nominal' && (o.kind === 'anonymous' || /s$/.test(o.head ?? ''))) || (o.form === 'name' && o.kind === 'organization');
  return group ? { speaker: o, phraseStart: subject.phraseStart } : null;
}
