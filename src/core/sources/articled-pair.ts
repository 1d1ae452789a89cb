// Two named bodies or people joined by "and", each with its article: "The Harbour Trust and the
// Coast Museum said …". The pair speaks together, as "Ann Lund and Bo Berg" does (read whole by
// the name reader, whose run of capitals goes through a bare "and"). Read from the right, the name
// reader stops at the second article and gives the statement to the second name alone, or, after
// a title ("the Harbour Trust and the Coast Museum called for"), to no one.
//
// Only names on both sides, each a run of capitals: "the union and the council", descriptions,
// and "Lund and the council" (a name and a description) are left to the other readers.

import type { SpeakerRef } from './model';

export interface JoinedToken {
  text: string;
  start: number;
  end: number;
}

const ARTICLE = /^the$/i;
const PAIR_MARK = /^(?:both|either|neither)$/i;
const CAPITALISED = /^\p{Lu}/u;
/** Name words may link through "of", "for", "and" inside one name ("Academy of Sciences"); only capitals open and close it. */
const NAME_LINK = /^(?:of|for|on|de|la|du)$/;
const MAX_SIDE = 6;

function isNameRun(tokens: readonly JoinedToken[]): boolean {
  if (!tokens.length || tokens.length > MAX_SIDE) return false;
  if (!CAPITALISED.test(tokens[0]!.text) || !CAPITALISED.test(tokens[tokens.length - 1]!.text)) return false;
  return tokens.every((t) => CAPITALISED.test(t.text) || NAME_LINK.test(t.text));
}

/**
 * The pair "(The) NAME and the NAME" names, or null. `readSide` reads each side (the caller's own
 * reader); both must read as names.
 */
export function joinedNamesSpeaker(source: string, tokens: readonly JoinedToken[], readSide: (side: JoinedToken[]) => SpeakerRef | null): SpeakerRef | null {
  const and = tokens.findIndex((t) => t.text === 'and');
  if (and < 1 || tokens.slice(and + 1).some((t) => t.text === 'and') || !ARTICLE.test(tokens[and + 1]?.text ?? '')) return null;
  // ("Both the Times and the Journal": "both" marks the pair, it is no part of the first name.)
  const lead = PAIR_MARK.test(tokens[0]!.text) ? 1 : 0;
  const left = ARTICLE.test(tokens[lead]?.text ?? '') ? tokens.slice(lead + 1, and) : tokens.slice(lead, and);
  const right = tokens.slice(and + 2);
  if (!isNameRun(left) || !isNameRun(right)) return null;
  const a = readSide([...left]);
  const b = readSide([...right]);
  if (a?.form !== 'name' || b?.form !== 'name') return null;
  const first = left[0]!;
  const last = right[right.length - 1]!;
  const text = source.slice(first.start, last.end);
  const kind = a.kind === b.kind ? a.kind : 'organization';
  return { ...a, text, name: text, start: tokens[lead]!.start, end: last.end, kind, role: null, owner: null, affiliation: null };
}
