// "the U.S. Agency for International Development’s support", "the Bureau of Land Management’s
// plan": a reader that takes the capitalised words before a cue may stop at the "of" or "for" inside a
// body's name and keep only its tail ("International Development", "Land Management"), which names
// no one. When the words before that "of"/"for" are capitalised and one of them is a body's word
// ("Agency", "Bureau", "Ministry"), the name is the whole run, and the speaker is that body.

import { ORG_WORDS } from './lexicon';
import type { Attribution, SpeakerRef } from './model';

/** How far back a body's name is looked for. */
const REACH = 80;
/** A capitalised word of a name, or initials ("U.S."). */
const CAPITALISED = /^(?:\p{Lu}[\p{L}'\u2019-]*|(?:\p{Lu}\.)+)$/u;
/** The words inside a body's name that join its parts. */
const JOINER = /^(?:of|for|and|on)$/;
/** Articles that open a name's phrase, not the name ("the", "The"). */
const ARTICLE = /^(?:the|a|an)$/i;

/** The whole body's name a name cut at "of"/"for" belongs to, or null. */
export function wholeBodyName(ref: SpeakerRef, text: string): { start: number; name: string } | null {
  if (ref.form !== 'name' || !ref.name || ref.text.trim() !== ref.name) return null;
  const before = text.slice(Math.max(0, ref.start - REACH), ref.start);
  const link = /(?:^|\s)(of|for)\s+$/.exec(before);
  if (!link) return null;
  const words = before.slice(0, link.index).split(/\s+/).filter(Boolean);
  const taken: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (CAPITALISED.test(w) && !ARTICLE.test(w)) taken.unshift(w);
    else if (JOINER.test(w) && taken.length && i > 0 && CAPITALISED.test(words[i - 1]!)) taken.unshift(w);
    else break;
  }
  while (taken.length && JOINER.test(taken[0]!)) taken.shift();
  if (!taken.length || !taken.some((w) => ORG_WORDS.has(w.toLowerCase()))) return null;
  const head = `${taken.join(' ')} ${link[1]} `;
  const at = before.lastIndexOf(head);
  if (at < 0) return null;
  const start = ref.start - (before.length - at);
  if (text.slice(start, ref.start) !== head) return null;
  return { start, name: `${head}${ref.name}` };
}

/** Speakers cut from a body's name take the whole name ("International Development" → "U.S. Agency for International Development"). */
export function takeWholeBodyNames(found: Attribution[], text: string): void {
  for (const a of found) {
    const whole = a.speaker ? wholeBodyName(a.speaker, text) : null;
    if (!whole || !a.speaker) continue;
    a.speaker = { ...a.speaker, start: whole.start, text: whole.name, name: whole.name, kind: 'organization' };
  }
}
