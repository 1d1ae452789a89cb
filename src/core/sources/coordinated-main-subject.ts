// "Earlier Wednesday, Schilling appeared on a radio show and defended himself …", "As voters went to
// the polls, the Sanders campaign sent out an email …, and accused …": a past-tense cue coordinated
// with the main clause's verb shares that clause's subject, a description or a name after an opening
// adverbial too, which the name-only opening reader leaves. Not when the main verb is passive ("viewers
// were spread across the lawn and pressed against a fence"): the coordinated participle is passive too.
// Only people and bodies: a document or a thing as the main subject coordinates acts ("a bill faced
// long odds and found few friends").

import type { Subject } from './clause';
import { mainClauseSubject } from './main-clause-subject';
import type { Span } from '../types';

// (A participle or adjective after the auxiliary, regular or not: "were spread", "was tired"; not a
// phrase of place, "was in Ohio and praised …".)
const PASSIVE_MAIN = /^\s+(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?(?!(?:a|an|the|in|on|at|to|for|with|from|by|of|not|also|still|now|there|here)\b)\p{Ll}+\b/u;

/** The subject of the sentence's main clause for a coordinated verb at `cue`, unless that clause is passive. */
export function coordinatedMainSubject(masked: string, sentence: Span, cue: number): Subject | null {
  const found = mainClauseSubject(masked, sentence.start, cue);
  // (A thing or a document coordinates acts, not positions: "the bill faced long odds and found few friends".)
  if (!found || found.speaker.kind === 'document' || found.speaker.kind === 'other') return null;
  if (PASSIVE_MAIN.test(masked.slice(found.speaker.end, Math.min(cue, found.speaker.end + 40)))) return null;
  return found;
}
