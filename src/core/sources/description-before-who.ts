// "The remark worried some analysts and activists, who pointed out that …", "Lund met the farmers,
// who said …": after its comma, "who" stands for the description that ends the clause before it, as
// it stands for a name there ("… drew fire from Sen. Tom Smith, who said …"). With no name to take,
// the relative clause's statement had no speaker and went unread. (A lone description before the
// comma, "Local farmers, who said …", is that description.)

import type { Span } from '../types';
import type { Subject } from './clause';

/**
 * The description of people that ends `seg`, the words before ", who", when no name there was read:
 * `named` is the reading of the whole segment, null or a description that runs over the clause's
 * verb ("The remark worried some analysts"). `trailingDescription` reads the tail.
 */
export function descriptionBeforeWho(masked: string, seg: Span, named: Subject | null, trailingDescription: (masked: string, seg: Span) => Subject | null): Subject | null {
  if (named && named.speaker.form !== 'nominal') return null;
  const found = trailingDescription(masked, seg);
  // (People only: "a woman who ran the computer in the nuclear engineering department, who
  // recommended her" is the woman, not the body that ends her description.)
  if (!found || !(found.speaker.kind === 'person' || found.speaker.kind === 'anonymous')) return null;
  // (Nor a tail that opens on an adverb: "would almost certainly benefit Democrats, who …" runs over
  // the clause's verb, and the phrase is no description.)
  return OPENING_ADVERB.test(found.speaker.text) ? null : found;
}

const OPENING_ADVERB = /^(?:almost|also|even|just|only|still|already|now|then|never|always|often|probably|certainly|surely|clearly|really|quickly|largely|mostly|partly)\s/i;
