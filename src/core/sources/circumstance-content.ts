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

/** A word that makes a phrase a clause: a past form or participle, or an auxiliary ("failed", "is"). */
const VERB_WORD = /\s(?:\p{Ll}+ed|is|are|was|were|has|have|had|will|would|can|could|says?|told)\s/u;

/**
 * For a statement, stricter: one short phrase of place or time and nothing else ("announced in the
 * Queen's Speech", "says amid border incursions"). A statement's content often opens with such a
 * phrase and goes on to its clause with no "that" ("said in an email the cost came to …", "said
 * after the vote, the mayor plans …"), so a comma, a verb or more than eight words keeps it.
 */
export function isCircumstanceStatement(cue: string | null, content: string): boolean {
  const text = content.trim();
  return isCircumstanceOnly(cue, text) && !/,/.test(text) && text.split(/\s+/).length <= 8 && !VERB_WORD.test(` ${text} `);
}
