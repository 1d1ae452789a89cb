// "The mayor left early, but a number of the guests said they backed him", "…, even though a group
// of its own members told reporters …": a clause after a comma and a conjunction opens with a subject
// of its own, as a sentence does. When that subject is a head with a prepositional modifier, which
// the speaker reader does not take whole, it is read as at a sentence's opening (modified-subject.ts);
// the comma and the conjunction prove that a clause opens there, so the head may be in lower case.
// Without it the second statement was lost, and the first clause's statement ran on over it.

import type { Subject } from './clause';
import { modifiedPhraseAt } from './modified-subject';
import type { Span } from '../types';

/** The last comma (or semicolon) and conjunction before the cue, with no punctuation after it. */
const CLAUSE_JOINT = /[,;]\s*(?:but|and|yet|while|whereas|though|although|even\s+though|even\s+as)\s+(?=[^,;:()\u2014\u2013\uE000]*$)/;
/** "a neighbor came in and told me": a preposition with a conjunction for its object is a verb's particle; the head is a clause. */
const PARTICLE = /\s(?:of|for|from|in|at|with|on)\s+(?:and|but|or|then)\s/;

export function modifiedSubjectAfterJoint(masked: string, sentence: Span, cue: number): Subject | null {
  const head = masked.slice(sentence.start, cue);
  const joint = CLAUSE_JOINT.exec(head);
  if (!joint || PARTICLE.test(head.slice(joint.index + joint[0].length - 1))) return null;
  return modifiedPhraseAt(masked, sentence.start + joint.index + joint[0].length, cue, true);
}
