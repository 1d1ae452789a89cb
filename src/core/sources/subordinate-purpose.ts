// "LGBT events took a somber tone as parades in those cities paused to remember the victims", "The
// party was in pandemonium as a clutch of groups scrambled to throw together an effort to deny …":
// an infinitive of purpose inside a subordinate clause belongs to that clause's verb, whose subject
// is the phrase after the subordinator, not the sentence's opening subject. The clause runs from its
// subordinator to the infinitive with no comma, dash or quotation between; its subject is the words
// before its first verb (a past form, an auxiliary or a present verb that takes an infinitive).

import type { Subject } from './clause';
import { readSpeaker } from './speaker-phrase';
import { IRREGULAR_PAST_FORMS } from './main-clause-subject';
import type { Span } from '../types';

const SUBORDINATOR = /(?:^|[\s,])(?:as|when|while|after|before|because|since|although|though|once|until|whereas)\s+/gi;
const CLAUSE_BREAK = /[,;:\uE000\u2014\u2013()]/;
const MAX_SUBJECT_WORDS = 6;
const AUXILIARY = /^(?:had|have|has|were|was|is|are|will|would|could|can|may|might|should|must)$/;
/** Verbs in the present that take an infinitive: "as the mayor seems to …", "when Obama appears set to …". */
const PRESENT_CATENATIVE = /^(?:seems|appears|wants|plans|hopes|tries|needs|continues|begins|moves|works|looks|aims|seeks|intends|vows|threatens|refuses|promises|prepares|rushes|scrambles|struggles|fights|pushes|pledges|agrees|decides|expects|declines|gets)$/;
/** Words that open a phrase but are no subject ("as well", "as many as", "when asked"). */
const NO_SUBJECT = /^(?:well|much|many|long|soon|far|such|of|if|to|in|on|at|for|with|by|a\s+result|part|usual|expected|asked|the\s+same)\b/i;

/**
 * The subject of the subordinate clause an infinitive at `at` (the word after "to") belongs to,
 * `undefined` when no subordinate clause holds it, `null` when one does but its subject is unread.
 */
export function subordinatePurposeSubject(masked: string, sentence: Span, at: number): Subject | null | undefined {
  const head = masked.slice(sentence.start, at);
  let from = -1;
  for (const m of head.matchAll(SUBORDINATOR)) from = sentence.start + m.index! + m[0].length;
  if (from < 0 || CLAUSE_BREAK.test(masked.slice(from, at))) return undefined;
  const clause = masked.slice(from, at);
  if (NO_SUBJECT.test(clause)) return undefined;
  // The subject is the words before the clause's first verb.
  const words = [...clause.matchAll(/\S+/g)];
  for (let k = 1; k < Math.min(words.length, MAX_SUBJECT_WORDS + 2); k++) {
    const word = words[k]![0];
    if (!(isPastOrAuxiliary(word) || PRESENT_CATENATIVE.test(word))) continue;
    // (A clause in the present alone, "as the state struggles to address …", tells a state of
    // affairs more than a position: only a clause with a verb in the past or an auxiliary is read.)
    if (!words.slice(k).some((w) => isPastOrAuxiliary(w[0]))) return undefined;
    const end = from + words[k - 1]!.index! + words[k - 1]![0].length;
    const speaker = readSpeaker(masked, from, end);
    return speaker ? { speaker, phraseStart: from } : null;
  }
  return undefined;
}

function isPastOrAuxiliary(word: string): boolean {
  return /^\p{Ll}+ed$/u.test(word) || IRREGULAR_PAST_FORMS.test(word) || AUXILIARY.test(word);
}
