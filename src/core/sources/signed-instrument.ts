// "The governor signed the bill", "signed an executive order", "signed a five-year deal", "the club
// signed the striker", "signed into law a measure …": putting one's name to an instrument enacts it or
// agrees to it. That is an act, not a view held or a statement; what the signer thinks comes, if at
// all, in what the signer says. Signing words that someone can hold is a position, and stays one:
// "signed a letter urging …", "signed a petition", "signed a pledge", "signed a joint statement".
// (A particle makes another verb: "signed up" is phrasal-act.ts's, "signed on to the plan" backs it.)
// PolNeAR train marks the signing of bills and deals at about half of its readings; the news pages'
// annotators mark none of it, and the web guard's signings are bills, orders, deals and players.

import { SAID_NOUN } from './act-object';

const SIGN = /^(?:sign|signs|signed|signing)$/i;
/** What opens the signed thing: a determiner, a possessive, a number, a name, or "into law". */
const OBJECT = /^\s*(?:into\s+law\b|(?:a|an|the|his|her|their|its|our|this|that|these|those|another|both|two|three|several|\d[\d,.]*|\$)[\s\d]|\p{Lu})/u;
/** Documents of words held or put to others, beyond the said nouns. */
const HELD_WORDS = /\b(?:petitions?|declarations?|manifestos?|op-eds?|resolutions?|oaths?)\b/i;

/** True when the cue is "sign" with an instrument for its object, not words held. */
export function isSignedInstrument(cue: string | null, rest: string): boolean {
  if (cue === null || !SIGN.test(cue.trim()) || !OBJECT.test(rest)) return false;
  const head = rest.trim().split(/\s+/).slice(0, 6).join(' ');
  return !SAID_NOUN.test(head) && !HELD_WORDS.test(head);
}
