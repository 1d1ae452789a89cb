// A content read right after its cue that is a clause of time or manner opened by "as" ("she said
// as she left the court", "the crowd cheered as the result was read", "he responded as if he had
// been insulted") tells when or how the words came, not what they were: the cue took no object
// here, and what was said, if anything, stands before it. Only "as" with a subject and its verb, or
// "as if"/"as though", and no comma after (a main clause after the comma, "argued as costs rose,
// the pier would close", may be the statement itself); "as" before a noun phrase alone ("described
// as a landmark", "acknowledged as much", "said as many as 30 people were hurt") is the cue's own
// complement and stays.

import { IRREGULAR_PAST_FORMS } from './main-clause-subject';

/** "as if", "as though": manner, never what was said. */
const AS_IF = /^as\s+(?:if|though)\b/i;
const PRONOUN = /^(?:he|she|they|it|we|i|you)$/i;
const DETERMINER = /^(?:the|a|an|his|her|their|its|our|my|your|this|these|those)$/i;
const NAME_WORD = /^\p{Lu}[\p{L}.'\u2019-]*$/u;
const NOUN_WORD = /^[\p{L}\d][\p{L}\d'\u2019-]*$/u;
/** A finite verb: an auxiliary, a past form or a present form in -s. */
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|did|does|do|\p{Ll}+ed|\p{Ll}+[^s\W]s)$/u;

/** Whether `words` open with a subject (a pronoun, a name, or a determiner and up to three words) and a finite verb after it. */
function isSubjectAndVerb(words: readonly string[]): boolean {
  const verbAt = (i: number): boolean => {
    const w = words[i];
    return w !== undefined && (FINITE.test(w) || IRREGULAR_PAST_FORMS.test(w));
  };
  const first = words[0];
  if (first === undefined) return false;
  if (PRONOUN.test(first)) return verbAt(1);
  const limit = DETERMINER.test(first) ? 4 : NAME_WORD.test(first) ? 3 : 0;
  for (let n = DETERMINER.test(first) ? 2 : 1; n <= limit && n < words.length; n++) {
    const subject = words.slice(DETERMINER.test(first) ? 1 : 0, n);
    const fits = DETERMINER.test(first) ? subject.every((w) => NOUN_WORD.test(w) && !/^as$/i.test(w) && !PRONOUN.test(w)) : subject.every((w) => NAME_WORD.test(w));
    if (!fits) return false;
    if (verbAt(n)) return true;
  }
  return false;
}

/** True when an unquoted content is an "as" clause of time or manner and no more. */
export function isWhileClauseContent(content: string): boolean {
  const text = content.trim();
  if (/,/.test(text) || !/^as\s/i.test(text)) return false;
  if (AS_IF.test(text)) return true;
  return isSubjectAndVerb(text.split(/\s+/).slice(1));
}

/**
 * True when the attribution's content follows its cue with nothing but space between (no "that":
 * "argued that as costs rose …" keeps its clause) and is an "as" clause of time or manner.
 */
export function isWhileClauseAfterCue(text: string, cue: string | null, cueStart: number, start: number, content: string): boolean {
  if (cue === null || cueStart < 0 || start < cueStart + cue.length) return false;
  return /^\s*$/.test(text.slice(cueStart + cue.length, start)) && isWhileClauseContent(content);
}
