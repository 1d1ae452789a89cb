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

/** Modifiers that pick out someone other than the one quoted: "the first woman", "the other player", "the youngest". */
const SINGLING_OUT = /^(?:first|second|third|last|next|other|only|latest|\p{L}+est)$/u;
/** A plural head: "the two men", "the experts", "the people". */
const PLURAL_HEAD = /(?:s|^(?:men|women|people|children|police|staff|crew|couple|pair|family))$/;
/** A count: "the two women", "the 12 jurors". */
const COUNT = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|both|several|many|few)$/i;
/** How far back the article may have introduced someone by the same noun without a name ("Its leader …"). */
const LOOKBACK = 2000;

/**
 * A definite description of one person ("the expert", "the Florida fan"): "the", then at most two
 * modifiers, then a singular head; no owner ("the girl's mother" is someone else's), no modifier
 * that singles out another ("the first woman"), no phrase after the head, and no one introduced
 * by the same noun before it ("Its leader … The leader said" is that leader).
 */
export function isEpithet(ref: SpeakerRef, text: string, personNoun: (head: string) => boolean): boolean {
  const head = ref.head;
  if (!head || !ref.definite || ref.kind === 'organization' || ref.kind === 'document') return false;
  if (SOURCE_HEADS.has(head) || PLURAL_HEAD.test(head) || !personNoun(head)) return false;
  const words = ref.text.trim().split(/\s+/);
  if (words.length > 4 || !/^the$/i.test(words[0]!) || words[words.length - 1]!.toLowerCase() !== head) return false;
  if (words.slice(1, -1).some((w) => /['\u2019]/.test(w) || SINGLING_OUT.test(w.toLowerCase()) || COUNT.test(w))) return false;
  const introduced = new RegExp(String.raw`\b(?:a|an|its|his|her|their|our|one|another)\s+(?:[\p{L}-]+\s+){0,2}${head}\b`, 'iu');
  return !introduced.test(text.slice(Math.max(0, ref.start - LOOKBACK), ref.start));
}
