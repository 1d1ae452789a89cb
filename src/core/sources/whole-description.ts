// A description read only up to its first noun: "The city" of "The city council denied …", "A local
// union" of "A local union leader walked out …", "Democratic" of "Democratic leaders walked out,
// saying …". A reader that stops at the first lower-case word (or at the end of a run of capitals)
// cuts the description short; the nouns after it are part of it for as long as the longer reading
// is still a person, a group or a body, and the next word is no verb's past, adverb or function word.

import { subjectBefore, type Subject } from './clause';
import { IRREGULAR_PAST_FORMS } from './main-clause-subject';

/** A word that ends a description rather than going on with it. */
const ENDS_DESCRIPTION = /^(?:\p{Ll}+(?:ed|ly)|is|are|was|were|has|have|had|will|would|could|can|may|might|must|did|does|do|also|then|to|of|for|in|on|at|with|by|from|and|or|but|who|which|that|as|says|tells|said|told)$/u;
/** A lower-case word, perhaps with a trailing comma (which ends the description after it). */
const LOWER_WORD = /^\p{Ll}[\p{L}-]*,?$/u;
const MAX_MORE_WORDS = 3;

/**
 * `found` read on through the nouns that follow it, before `at` (the cue). Returns `found` itself
 * when the next word is no noun of the description.
 */
export function wholeDescription(masked: string, from: number, at: number, found: Subject): Subject {
  const words = /\S+/g;
  words.lastIndex = found.speaker.end;
  for (let guard = 0; guard < MAX_MORE_WORDS; guard++) {
    const word = words.exec(masked);
    if (!word || word.index >= at || !LOWER_WORD.test(word[0])) break;
    const bare = word[0].replace(/,$/, '');
    if (ENDS_DESCRIPTION.test(bare) || IRREGULAR_PAST_FORMS.test(bare)) break;
    const longer = subjectBefore(masked, from, word.index + bare.length);
    const s = longer?.speaker;
    if (!s || s.form !== 'nominal' || s.kind === 'other' || s.kind === 'document') break;
    if (longer!.phraseStart !== found.phraseStart || s.end !== word.index + bare.length) break;
    found = longer!;
    if (bare !== word[0]) break;
  }
  return found;
}
