// "He promised to defeat Randolph and Soto, Frankel said": two readings of nearly the same words,
// the inner one ("He promised …") a statement whose speaker and cue stand inside the other's
// content. The outer source vouches for the whole clause, the inner speaker's words among it; the
// outer statement is the one told (annotators mark it, not the inner one), so when dedupe must
// keep one of the two, it keeps the outer.

import type { Attribution } from '../model';

/**
 * "In an online poll of 800 voters, Democracy Corp found that …": a prepositional frame read as a
 * source is the circumstance of a clause whose own subject tells; it is no outer telling.
 */
const FRAME = 'sources/prepositional';
/**
 * "the crowd booed when he told them …": a content after its cue that opens with a subordinator of
 * time or cause is the circumstance of the outer reaction, not what it tells; the telling inside is
 * the statement. (Before a trailing "…, Heiserman said" the whole clause, "When Sanders said …", is told.)
 */
const CIRCUMSTANCE = /^\W*(?:when|whenever|after|before|while|as|because|since|until|once)\b/i;
/** "…, New Delhi did not respond to the proposal": a negated verb after a clause credits nobody with it. */
const NEGATED = /\b(?:not|never|n['’]t)\s+(?:\p{L}+ly\s+)?$/iu;
/** Punctuation between a leading cue and the inner speaker: "were so happy with that cake, Sharon asked …" ends the outer content first. */
const BREAK = /[,;:.!?()\u2014\u2013]/;

/** Whether `inner` is a statement told inside `outer`'s content: its speaker and its cue both stand there. */
export function toldWithin(inner: Attribution, outer: Attribution, text: string): boolean {
  const speaker = inner.speaker;
  if (!speaker || outer.cue === null || inner.cue === null || outer.extractor === FRAME) return false;
  if (inner.entity !== undefined && inner.entity === outer.entity) return false;
  // ("The museum said it was investigating …, they said": a pronoun credit may be the inner speaker again.)
  if (outer.speaker?.form === 'pronoun') return false;
  if (!(speaker.start >= outer.start && speaker.end <= outer.end && inner.cueStart > speaker.start && inner.cueStart < outer.end)) return false;
  // (Each inside the other's content is a content run on past its own clause: no telling within.)
  if (outer.cueStart >= inner.start && outer.cueStart < inner.end) return false;
  if (outer.cueStart >= outer.end) return !NEGATED.test(text.slice(Math.max(0, outer.cueStart - 20), outer.cueStart));
  if (outer.cueStart < outer.start) return !CIRCUMSTANCE.test(outer.text) && !BREAK.test(text.slice(outer.cueStart + outer.cue.length, speaker.start));
  // (A cue inside its own content: no outer telling to compare.)
  return false;
}
