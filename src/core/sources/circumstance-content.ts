// A position whose content is only where or when something happened ("Clinton celebrated in
// Florida with supporters", "Costa reported from Washington", "she testified before the panel
// last fall") is an act, not a belief or a stance: the verb took no object, and the phrase after
// it is an adverbial. Only prepositions of place and time count: "agreed on", "took aim at",
// "sided with" name what the stance is about. A clause later in the content ("elaborated in an
// op-ed that …") still holds what was said, and a phrasal cue ("ripped into") owns its preposition.

import { CLAUSE_MARK } from './scan';

const CIRCUMSTANCE = /^(?:in|from|before|after|during|into|through|across|throughout|since|inside|outside|near|around|amid|behind|beside)\s/i;

/**
 * "found himself in an awkward position", "finds itself at the centre of the row": to find oneself
 * somewhere or doing something is the subject's circumstance, not a judgment it makes ("found the
 * plan unworkable" keeps its object).
 */
const FIND_ONESELF = /^(?:find|finds|found|finding)$/i;
const REFLEXIVE = /^(?:himself|herself|itself|themselves|myself|ourselves|yourself|yourselves)\b/i;

/** True when a single-word cue's content is a place or time phrase and nothing more. */
export function isCircumstanceOnly(cue: string | null, content: string): boolean {
  if (!cue || /\s/.test(cue.trim())) return false;
  if (FIND_ONESELF.test(cue.trim()) && REFLEXIVE.test(content.trimStart())) return true;
  return CIRCUMSTANCE.test(content.trimStart()) && !CLAUSE_MARK.test(content);
}
