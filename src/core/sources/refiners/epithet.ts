// "Abby said: “…” … The expert said: “…”", "The Florida fan explained: “…”": a definite description
// the article never gave anyone, written where one named person is being quoted, is an epithet for
// that person, as "she" would be, and not someone new without a name. Not the descriptions that
// news writing uses for unnamed sources ("the official", "the spokesman", "the aide"): with no one
// so described before, those stand for someone the reader is not told of.

import type { SpeakerRef } from '../model';

/** Heads of the descriptions that name an unnamed source, never an epithet for a named one. */
const SOURCE_HEADS = new Set([
  'official', 'source', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'staffer',
  'insider', 'person', 'representative', 'member', 'officer', 'employee', 'worker', 'witness', 'observer',
]);

/**
 * A definite description of one person ("the expert", "the Florida fan"): "the", then at most two
 * modifiers, then a singular head; no owner ("his lawyer" is someone else's) and no phrase after the head.
 */
export function isEpithet(ref: SpeakerRef, personNoun: (head: string) => boolean): boolean {
  const head = ref.head;
  if (!head || !ref.definite || ref.kind === 'organization' || ref.kind === 'document') return false;
  if (SOURCE_HEADS.has(head) || /s$/.test(head) || !personNoun(head)) return false;
  const words = ref.text.trim().split(/\s+/);
  if (words.length > 4 || !/^the$/i.test(words[0]!) || words[words.length - 1]!.toLowerCase() !== head) return false;
  return true;
}
