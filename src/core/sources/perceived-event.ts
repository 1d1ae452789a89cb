// "In the film, viewers see Jame Gumb keep a victim in a pit", "saw him leave the room", "saw Mr.
// Lund talking to the crowd": a verb of seeing whose object is a person (a name or a pronoun) and
// then that person's verb, bare or in -ing, reports an event someone watched, not a view anyone
// holds. The view senses take a clause or a portrayal instead: "saw that …", "see him as a threat",
// "saw Trump supporters as …" (a noun, not a verb, after the name).
// (PolNeAR train: of such readings one is annotated ("has seen his standing tumble") and four are not.)

import { MASK } from './quote-spans';

const SEE = /^(?:see|sees|saw|seen|seeing|watch|watches|watched|watching)$/i;
/** A person: an object pronoun, or up to four capitalised words (a quoted nickname among them). */
const PERSON = String.raw`(?:him|them|(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?\p{Lu}[\p{L}.'\u2019-]*(?:\s+(?:${MASK}+|\p{Lu}[\p{L}.'\u2019-]*)){0,4})`;
const PERSON_THEN_WORD = new RegExp(String.raw`^\s+${PERSON}\s+(\p{Ll}+)\b`, 'u');
/** Words after the person that are no verb of theirs: a portrayal, a place, a time, a link, a determiner. */
const NO_VERB = /^(?:as|and|or|but|with|in|on|at|to|for|from|by|of|about|into|there|here|again|that|this|these|those|the|a|an|once|before|after|when|while|now|then|too|also|last|first|only|just|so|up|out|do|did|does|is|was|were|are|be|been|has|have|had|will|would|could|should|can|may|might)$/;
/** Noun endings: "Trump supporters", "the Obama administration" name a thing or a group, not an act. */
const NOUN_ENDING = /(?:s|tion|ment|ness|ity|ship|ism|ance|ence|ly)$/;

/** Whether the seeing cue's object is a person doing something: an event perceived. */
export function isPerceivedEvent(cueWord: string, rest: string): boolean {
  if (!SEE.test(cueWord)) return false;
  const m = PERSON_THEN_WORD.exec(rest);
  if (!m) return false;
  const word = m[1]!;
  if (NO_VERB.test(word)) return false;
  return word.endsWith('ing') || !NOUN_ENDING.test(word);
}
