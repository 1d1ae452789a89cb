// "The suspect then spoke to the agent by telephone and said he would …": a verb of saying
// coordinated with the main clause's verb shares the main clause's subject, a description too (the
// name-only opening reader leaves those). Not a document's or a thing's ("That forecast appeared
// accurate …"), and not when a subordinate clause opens between the main verb and the "and": the
// coordinated verb then belongs to it ("… when the report was finalized and denied …").

import type { Subject } from './clause';
import { mainClauseSubject } from './main-clause-subject';
import { isThingSubject } from './thing-subject';
import type { Span } from '../types';

/** A subordinator or relative word: a clause of its own opens after the main subject. */
const SUBORDINATE_OPENING = /\b(?:when|while|whereas|after|before|because|if|unless|although|though|since|until|as|where|which|who|whom|whose|that)\b/i;

/** The main clause's subject for the verb of saying at `cue`, coordinated with the main verb. */
export function coordinatedStatementSubject(masked: string, text: string, sentence: Span, cue: number): Subject | null {
  const found = mainClauseSubject(masked, sentence.start, cue);
  if (!found || found.speaker.kind === 'document' || isThingSubject(found.speaker, text)) return null;
  return SUBORDINATE_OPENING.test(masked.slice(found.speaker.end, cue)) ? null : found;
}
