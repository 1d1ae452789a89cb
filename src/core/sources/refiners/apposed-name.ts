// "… was endorsed by the Harbour Taxpayers Alliance, a local group which said …", "… opposed by Tom
// Lund, a retired judge who said …": a speaker phrase that brings in someone with "a" or "an" right
// after a name and its comma is an apposition to that name, and the one named speaks. Read alone,
// the description became a source of its own ("local group") and the named body or person none.
// The name must be of the description's kind: a person for a person's description, a body's name
// (a word such as "Alliance", "Council", or a run of capitals such as "PAC") for a body's; "In
// Oslo, a local group said …" names a place, which the description does not describe.

import { ORG_WORDS } from '../lexicon';
import type { SpeakerRef } from '../model';
import { lastMentionBefore, type Mention } from './person-mentions';

/** "a", "an": the description brings someone in. */
const INDEFINITE = /^(?:a|an)\s/i;
/** Only a comma between the name and the description. */
const COMMA_ONLY = /^\s*,\s*$/;

/** A name that reads as a body's: an organisation's word or a short run of capitals among its words. */
export function namesBody(name: string): boolean {
  return name.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase()) || /^\p{Lu}{2,5}$/u.test(w));
}

/**
 * The mention the indefinite description `ref` stands in apposition to, or null: the name that ends
 * right before it, with only a comma between, of the description's kind (`body`: a body's
 * description, else a person's).
 */
export function nameBeforeApposition(masked: string, mentions: readonly Mention[], ref: SpeakerRef, body: boolean): Mention | null {
  if (!INDEFINITE.test(ref.text)) return null;
  const last = lastMentionBefore(mentions, ref.start);
  const m = last >= 0 ? mentions[last]! : null;
  if (!m || m.end > ref.start || !COMMA_ONLY.test(masked.slice(m.end, ref.start))) return null;
  if (body) return !m.person && namesBody(m.name) ? m : null;
  return m.person && /\s/.test(m.name) ? m : null;
}
