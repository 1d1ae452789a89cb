// A subject pronoun joined to a noun phrase: "She and her aides", "he and other local officials",
// "they and their lawyers". The pair speaks together, so the speaker is the whole phrase; its
// people are a group (as "aides" is), whatever the noun after "and" reads as alone ("her defenders",
// "his staff" name no kind of their own, but beside "she" they are people).

import type { SpeakerRef } from './model';

export interface JoinedToken {
  text: string;
  start: number;
  end: number;
}

// Subject case only: "him and his aides" is an object, never a clause's speaker.
const SUBJECT_PRONOUN = /^(?:he|she|they|we|i)$/i;

/**
 * The group "PRONOUN and PHRASE" names, or null. `readRest` reads the phrase after "and" (the
 * caller's own reader). A name after "and" ("he and Mr. Allen") is left to the name reader, and
 * a document ("she and a report") is no group of people.
 */
export function joinedPronounSpeaker(source: string, tokens: readonly JoinedToken[], readRest: (rest: JoinedToken[]) => SpeakerRef | null): SpeakerRef | null {
  if (tokens.length < 3 || !SUBJECT_PRONOUN.test(tokens[0]!.text) || tokens[1]!.text.toLowerCase() !== 'and') return null;
  const rest = readRest(tokens.slice(2));
  if (!rest || rest.form !== 'nominal' || rest.kind === 'document') return null;
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  return { ...rest, text: source.slice(first.start, last.end), start: first.start, end: last.end, kind: 'anonymous', definite: false };
}

const JOINED_LEAD = /^(?:he|she|they|we|i)\s+and\s+/i;

/** Whether a phrase opens with a pronoun joined by "and" ("She and her aides", "he and other officials"). */
export function isJoinedPronounPhrase(phrase: string): boolean {
  return JOINED_LEAD.test(phrase.trim());
}

/** Whether a phrase opens with a lower-case pronoun joined by "and" ("…, and he and other officials"). */
export function isLowerJoinedPronoun(phrase: string): boolean {
  return /^\p{Ll}/u.test(phrase) && JOINED_LEAD.test(phrase);
}

/** A joined group's words after its pronoun ("her aides" of "She and her aides"): a pronoun there is no sign of a clause. */
export function afterJoinedPronoun(text: string): string {
  return text.replace(JOINED_LEAD, '');
}
