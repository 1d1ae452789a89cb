// "Residents of Ha Tuke, Mechaling and Mokotane say …", "Leaders of France, Germany and Italy said
// …": a reader that takes the capitalised words before a cue may keep only the last items of the
// list that a plural noun's "of" or "in" governs ("Mechaling and Mokotane"), places that say nothing.
// The subject is the whole noun phrase, the plural noun and its list: the residents, the leaders.

import type { Attribution, SpeakerRef } from './model';

/** How far back the noun phrase is looked for. */
const REACH = 160;
/**
 * At the sentence's start (or after a determiner or an adjective in lower case), a plural noun, a
 * preposition, then one or more capitalised list items each closed by a comma, up to the name.
 */
const PLURAL_THEN_LIST = /(?:^|[.!?]\s+|\n)((?:(?:the|many|some|most|local|other)\s+)?(\p{L}[\p{Ll}-]+[^s\W]s)\s+(?:of|in|from|near|across)\s+(?:\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)*,\s+)+)$/u;

/** The noun phrase a coordinated name ends, when it is the tail of a plural noun's list of places. */
export function listHolder(ref: SpeakerRef, text: string): SpeakerRef | null {
  if (ref.form !== 'name' || !ref.name || !/\sand\s/.test(ref.name) || /^\s*,/.test(text.slice(ref.end, ref.end + 2))) return null;
  const from = Math.max(0, ref.start - REACH);
  const m = PLURAL_THEN_LIST.exec(text.slice(from, ref.start));
  if (!m) return null;
  const start = from + m.index + m[0].length - m[1]!.length;
  const phrase = text.slice(start, ref.end);
  return { ...ref, form: 'nominal', text: phrase, start, name: null, kind: 'anonymous', head: m[2]!.toLowerCase(), modifiers: [], definite: false };
}

/** Speakers cut from the end of a list take the plural noun phrase the list belongs to. */
export function takeListHolders(found: Attribution[], text: string): void {
  for (const a of found) {
    const whole = a.speaker ? listHolder(a.speaker, text) : null;
    if (whole) a.speaker = whole;
  }
}
