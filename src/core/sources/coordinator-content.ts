// A content read after a cue that opens with "and", "but" or "or" belongs to the cue only when what
// follows the coordinator is a second verb sharing the cue's subject and object ("derided and
// insulted the left", "agrees or disagrees with the call", "endorsed and has fundraised for …").
// When a noun phrase, a pronoun or an adverb follows it ("sued, and an out-of-court settlement was
// reached", "denies it but he also has admitted …", "requested flowers and funeral", "comfortable
// and reasonably priced"), the cue took no object here: the coordinator joins a clause or a noun of
// the sentence's own, and nothing was said. Quotations are left alone (a split quotation's second
// half, "“…,” she said, “and …”", is what was said), and so is a capitalised word ("the Post and
// Courier newspaper" goes on with a name).
//
// Counted on PolNeAR train (round 23): of 26 unquoted contents opening with a coordinator, 11 have
// no verb after it: 2 scored OK, 5 extras, 2 misattributions, 1 neutral, 1 left (a capital); on dev 2, both extras.

import { IRREGULAR_PAST_FORMS } from './main-clause-subject';

const COORDINATOR = /^\s*(?:and|but|or)\s+(\S+)/;
/** What shows the second word is a verb: a tense ending, an auxiliary, a relative or a negation carrying on the verb phrase. */
const VERB_LIKE = /^(?:\p{Ll}+(?:ed|ing|s)|has|have|had|is|are|was|were|will|would|could|should|can|may|might|must|do|does|did|not|which|that|then|also|later|even|still|never|now)$/u;

/** True when an unquoted content opens with a coordinator and no verb after it. */
export function isCoordinatedNonVerb(content: string): boolean {
  const m = COORDINATOR.exec(content);
  if (!m) return false;
  const word = m[1]!.replace(/[^\p{L}'\u2019-]+$/u, '');
  // (A capital goes on with a name; a quotation mark or a digit opens something quoted or counted.)
  if (!/^\p{Ll}/u.test(word)) return false;
  return !VERB_LIKE.test(word) && !IRREGULAR_PAST_FORMS.test(word);
}
