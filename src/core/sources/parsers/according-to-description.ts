// "…, according to Ada Lind, an analyst at the Harbour Bank.", "…, according to the Tide Watch
// group, which tracks the coast's erosion.": after a trailing "according to X", what a comma sets off
// may describe X (an apposition naming its post, a relative clause about it) rather than carry the
// statement on ("His answer, according to Lind, was a refusal"). Read as the statement going on,
// the description was joined to the content ("… might not be so lucky who was an adviser to …").

import { readSpeaker } from '../speaker-phrase';

const RELATIVE = /^(?:who|whom|whose|which)\s/i;
/** An apposition opens with a lower-case word ("an analyst", "director of", "one of the unions") or an owner's name ("Mr. Lind's former aide"). */
const APPOSITION_OPENING = /^(?:\p{Ll}|(?:[A-Z][\p{L}.'\u2019-]*\s+){0,3}[A-Z][\p{L}.-]*['\u2019]s\s)/u;
const JOINED_NAME = /^(?:and|or)\s+(?=[A-Z])/;
/** A finite verb makes the piece a clause: "nearly nine million more workers who should … will be protected". */
const FINITE = /\b(?:is|are|was|were|has|have|had|do|does|did|can|could|will|would|shall|should|may|might|must)\b|n['\u2019]t\b|\bcannot\b/i;
/** A quotation (masked) or a colon inside the piece: no description ("the rise in debt ''is mainly …''"). */
const NOT_IN_DESCRIPTION = /[\uE000:;(\u2014\u2013]|\s-\s/;

/**
 * Where the descriptions of the source set off by commas after `from` (the source phrase's end)
 * end: `from` itself when the first piece is no description. Each piece runs to the next comma or
 * the sentence's end; the caller resumes the statement only after them.
 */
export function afterSourceDescriptions(masked: string, from: number, sentenceEnd: number): number {
  let at = from;
  while (masked[at] === ',') {
    const pieceStart = at + 1 + (/^\s*/.exec(masked.slice(at + 1, sentenceEnd))?.[0].length ?? 0);
    const comma = masked.indexOf(',', pieceStart);
    let pieceEnd = comma < 0 || comma > sentenceEnd ? sentenceEnd : comma;
    const piece = masked.slice(pieceStart, pieceEnd).replace(/[\s.!?]+$/, '');
    if (!piece || NOT_IN_DESCRIPTION.test(piece) || !describesSource(masked, piece, pieceStart)) break;
    pieceEnd = pieceStart + piece.length;
    at = pieceEnd < sentenceEnd && masked[pieceEnd] === ',' ? pieceEnd : sentenceEnd;
  }
  return at;
}

function describesSource(masked: string, piece: string, pieceStart: number): boolean {
  if (RELATIVE.test(piece)) return true;
  // ("according to Ada Lind, a geologist, and Tom Berg, a surveyor": a second source joined to the first.)
  const joined = JOINED_NAME.exec(piece);
  if (joined) {
    const ref = readSpeaker(masked, pieceStart + joined[0].length, pieceStart + piece.length);
    return ref !== null && ref.form === 'name' && ref.end === pieceStart + piece.length;
  }
  if (!APPOSITION_OPENING.test(piece) || FINITE.test(piece)) return false;
  // (A noun phrase read whole as a speaker: "an advocacy group", not "although Carson keeps it close".)
  const ref = readSpeaker(masked, pieceStart, pieceStart + piece.length);
  return ref !== null && ref.form === 'nominal' && ref.end === pieceStart + piece.length;
}
