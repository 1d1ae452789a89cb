// A name that is the subject of a finite clause inside its sentence, not only at its opening:
// "That is what Mr. Lund has promised to do.", "Until last week, Mr. Lund had said nothing.",
// "the reason Ms. Roe is seeking a vote". Such a person is what the sentence is about, as much as a
// name that opens it, so the "he" or "she" of the next sentence may go back to it.
//
// The shape: the name, at most one adverb in -ly, then an auxiliary, a past form, or a present form
// that its object follows. Not a name that an object relative pronoun or conjunction leads ("the
// plan, which Lund has opposed"): that clause only describes the plan. Nor one a preposition governs
// ("parting ways with Lund led to …": the name is the preposition's object, the subject is the phrase
// around it). Nor one inside another speaker's reported clause (the content of an attribution):
// "Holm said Lund had lied" is still about Holm.

import { IRREGULAR_PAST_FORMS } from '../main-clause-subject';
import { DAY_OR_MONTH } from '../time-names';

const AUXILIARY = /^(?:has|had|is|was|will|would|could|can|should|did|does|may|might|must)(?:n['\u2019]t)?$/;
/** Past forms in -ed (not the base forms "need", "succeed", "proceed"). */
const PAST_ED = /(?:[^e]ed|(?:agr|fr|guarant|decr)eed)$/;
/** The verb after the name, past one adverb ("Lund also said", "Lund quickly agreed"). */
const VERB_AFTER = /^\s+(?:(?:\p{Ll}+ly|also|still|never|now|then|again|already|just|even|once|not)\s+)?(\p{Ll}+(?:n['\u2019]t)?)(?![\p{L}'\u2019-])/u;
/**
 * A present form in -s, when what follows opens its object or an infinitive ("But like Lund, Roe
 * holds several positions …", "Roe wants to …"): alone, "Roe supporters filled the hall" would read
 * as one too, so the word after the verb has to be a determiner, a pronoun or "to".
 */
const PRESENT_WITH_OBJECT = /^\s+(?:(?:\p{Ll}+ly|also|still|never|now|then|again|already|just|even|once)\s+)?\p{Ll}{2,}[^su\W]s\s+(?:a|an|the|his|her|their|its|our|that|this|these|those|several|many|some|no|to|it|them|him|himself|herself|more)\s/u;
/**
 * The words that make the clause after them describe something else: a relative pronoun ("the plan,
 * which Lund opposed"), a comparison ("just as Lincoln did", "unlike Roe won"), a subordinator whose
 * clause only sets the scene of the main one ("Roe, who turned on him after Lund had lied, …"), or a
 * determiner that makes the name a modifier ("a Lund T-shirt covered in buttons").
 */
const RELATIVE_BEFORE = /(?:^|[\s,])(?:which|that|who|whom|whose|as|than|like|unlike|after|before|when|because|since|until|if|although|though|once|unless|a|an|the)\s+(?:\p{L}+\.?\s+)?$/iu;

/** Prepositions that take a name as their object (those that also lead clauses are in RELATIVE_BEFORE). */
const PREPOSITIONS = [
  'about', 'across', 'against', 'alongside', 'amid', 'among', 'around', 'at', 'behind', 'beside', 'besides', 'between',
  'beyond', 'by', 'concerning', 'despite', 'during', 'except', 'for', 'from', 'in', 'including', 'into', 'near', 'of',
  'on', 'onto', 'over', 'per', 'regarding', 'through', 'to', 'toward', 'towards', 'under', 'upon', 'versus', 'via',
  'with', 'within', 'without',
];
/**
 * A capitalised word between a preposition and the name: a title ("Dr.", "Mayor"), not a day or a
 * month. A time ends the prepositional phrase it names: in "… and on Tuesday Lund had said …" the
 * preposition's object is "Tuesday", and Lund is the subject of the clause after it.
 */
const TITLE_WORD = String.raw`(?!${DAY_OR_MONTH}\b)\p{Lu}[\p{L}.'\u2019-]*`;
/**
 * A preposition right before the name, past its titles ("with Dr. Lund", "with Mayor Lund"). A
 * sentence that opens on a phrase ("On Tuesday Lund said") is read before this test is met.
 */
const PREPOSITION_BEFORE = new RegExp(
  String.raw`(?:^|[\s,(])(?:${PREPOSITIONS.map((word) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`).join('|')})\s+(?:${TITLE_WORD}\s+){0,3}$`,
  'u',
);

/** A preposition governs the name that starts at `start` of `masked` ("with Dr. Lund"): its object, no subject. */
export function prepositionGoverns(masked: string, start: number): boolean {
  return PREPOSITION_BEFORE.test(masked.slice(Math.max(0, start - 30), start));
}

/** The name spanning [start, end) of `masked` is followed by a finite verb and no relative pronoun leads it. */
export function leadsFiniteVerb(masked: string, start: number, end: number): boolean {
  // (A possessive is no subject: "Lund's plan was …".)
  if (/^['\u2019]/.test(masked.slice(end, end + 1))) return false;
  const verb = VERB_AFTER.exec(masked.slice(end, end + 40));
  if (!verb) return false;
  const word = verb[1]!;
  if (!(AUXILIARY.test(word) || PAST_ED.test(word) || IRREGULAR_PAST_FORMS.test(word) || PRESENT_WITH_OBJECT.test(masked.slice(end, end + 60)))) return false;
  const before = masked.slice(Math.max(0, start - 30), start);
  return !RELATIVE_BEFORE.test(before) && !prepositionGoverns(masked, start);
}
