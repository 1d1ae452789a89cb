// "Farmers plant corn by the river and fear the dam will flood it", "Many residents pay too much,
// dread the winter and want a cap on costs": a plain-present verb after "and / but" shares the subject
// of the main clause when that clause is itself in the plain present with a plural subject. The
// attitude reader's coordinated test leaves base forms out, since after "to", a modal or "let /
// help / make" a base form is an infinitive ("vowed to cut taxes and support the troops": the
// support is vowed, not held) and "the plans and hopes" is a noun. Here the main verb must agree
// with a plural subject, and no infinitive, modal or subordinate clause may stand between it and
// the cue, so the cue can only be that verb's coordinate.

import { afterOpening, subjectBefore, type Subject } from './clause';
import { IRREGULAR_PAST_FORMS } from './main-clause-subject';
import type { Span } from '../types';

/** Plain present forms: no "-s", "-ed", "-ing" ending ("fear", "want"; "discuss" keeps its "ss"). */
const PLAIN_PRESENT = /^(?:\p{Ll}+(?<!s|ed|ing)|\p{Ll}+ss)$/u;
/** Irregular past forms that look plain ("wrote", "thought"): never a plain present. */
const PAST_LOOKING = /^(?:wrote|said|thought|knew|chose|heard|taught|bought|swore|understood|withdrew|overtook|forgot|forgave)$/;
/** Words among a subject's first few that are no verb: adverbs, determiners, prepositions. */
const NOT_VERB = /^(?:still|also|just|even|only|never|ever|now|then|here|there|too|very|so|much|more|most|all|any|each|every|no|not|the|a|an|this|that|these|those|such|own|other|new|old|top|former|of|in|on|at|for|from|with|by|about|over|under|near|between|among|and|or|but|nor)$/;
/** A relative clause inside the subject ("supporters who still back X"): its verb is no main verb. */
const RELATIVE = /\b(?:who|whom|whose|which|that)\b/i;
/** ", and" right before the cue: the last item of a list ("include A, B, and state Sen. C"), not a verb. */
const LIST_AND = /,\s*and\s+$/;
/** A word of the opening phrase: the main verb is one of the first few. */
const WORD = /[^\s,;:]+/g;
const MAX_SUBJECT_WORDS = 6;
/** Words that make the main verb no finite plain present: modals, auxiliaries of the past, "to". */
const NOT_FINITE = /^(?:will|would|can|could|should|may|might|must|shall|did|had|was|were|to|not|who|which|that)$/;
/**
 * Between the main verb and the cue: an infinitive, a modal, a causative or a subordinate clause
 * makes the base form after "and" possibly theirs, not the main clause's.
 */
const OTHER_VERB_BEFORE = /\b(?:to|will|would|can|could|should|may|might|must|let|lets|help|helps|make|makes|made|that|who|whom|which|whose|when|while|because|if|as|since|though|although|unless|until|whether|where|what|how|why)\s/i;
/** Plural heads without "-s". */
const PLURAL_HEAD = /^(?:men|women|people|children|police|many|most|both|all|several|few|some)$/i;
const PLURAL_PRONOUN = /^(?:they|we|you|i)$/i;

/** The main clause's plural subject for a plain-present cue at `cue` coordinated with a plain-present main verb, or null. */
export function presentMainSubject(masked: string, sentence: Span, cue: number, verb: string): Subject | null {
  if (!PLAIN_PRESENT.test(verb) || PAST_LOOKING.test(verb) || IRREGULAR_PAST_FORMS.test(verb)) return null;
  if (LIST_AND.test(masked.slice(Math.max(sentence.start, cue - 12), cue))) return null;
  const main = mainVerb(masked, afterOpening(masked, sentence.start, cue), cue);
  if (!main || OTHER_VERB_BEFORE.test(masked.slice(main.end, cue))) return null;
  return main.subject;
}

/**
 * The opening phrase's main verb, a plain present among its first words, whose subject (read by
 * the subject finder) is all the words before it and plural: "Many renters | pay …".
 */
function mainVerb(masked: string, from: number, cue: number): { subject: Subject; end: number } | null {
  WORD.lastIndex = from;
  for (let k = 0, m = WORD.exec(masked); m && m.index < cue && k <= MAX_SUBJECT_WORDS; k++, m = WORD.exec(masked)) {
    if (/[,;:\uE000]/.test(masked.slice(from, m.index))) return null;
    const word = m[0];
    // ("The crews will stage a walkout and oppose …": a modal or "to" governs both verbs.)
    if (k > 0 && NOT_FINITE.test(word)) return null;
    if (k === 0 || !/^\p{Ll}+$/u.test(word) || NOT_VERB.test(word) || !PLAIN_PRESENT.test(word)) continue;
    if (PAST_LOOKING.test(word) || IRREGULAR_PAST_FORMS.test(word) || RELATIVE.test(masked.slice(from, m.index))) return null;
    const subject = subjectBefore(masked, from, m.index);
    if (!subject || subject.phraseStart !== from) continue;
    const kind = subject.speaker.kind;
    if (kind === 'document' || kind === 'other' || !plural(subject)) return null;
    return { subject, end: m.index + word.length };
  }
  return null;
}

function plural(subject: Subject): boolean {
  const s = subject.speaker;
  if (s.form === 'pronoun') return PLURAL_PRONOUN.test(s.head ?? s.text);
  const head = (s.form === 'nominal' ? s.head : s.name) ?? s.text;
  return PLURAL_HEAD.test(head) || /[a-rt-z]s$/.test(head) && !/(?:ss|us|is)$/.test(head);
}
