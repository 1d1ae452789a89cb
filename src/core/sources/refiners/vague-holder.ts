// "Many believe …", "Some say …", "Others argue …", "Some in Gaza welcomed …", "Everyone knows …",
// "People felt it was odd" (a bare "people", no one in particular),
// "None of the people involved knows …", "36% of new investors said …", "About 3 in 10 independents
// say …": the subject counts people, or a share of a poll's people, without naming anyone. What they
// hold or said is still reported (the quote keeps its holder), but there is no person, body, outlet
// or document a reader could look up or list as a source. A counted group with a noun of its own
// ("some economists", "two loggers", "most Republicans") names a kind of people, an anonymous
// source, and stays one.

import type { Entity } from '../model';

/**
 * A quantifier or an indefinite pronoun standing for people: "many", "the others", "no one", also
 * with the place or body they are found in ("many in Moscow", "some on her staff").
 */
const BARE = /^(?:(?:and|but|yet|so|while)\s+)?(?:(?:the|a)\s+)?(?:(?:far|many|even|still|a\s+lot)\s+)?(?:some|many|most|several|few|a\s+few|fewer|more|others|all|both|none|neither|people|everyone|everybody|someone|somebody|anyone|anybody|no\s+one|nobody|rest|majority|minority|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)(?:\s+(?:more|others))?)(?:\s+(?:people|ones|of\s+(?:them|us|those|these|you)))?(?:\s+(?:in|on|at|from|within|among|across|inside|outside|throughout)\s+\S.*)?$/i;
/** A share: a percentage, "3 in 10", "half", "a third", "two-thirds", with what it is a share of. */
const SHARE = /^(?:(?:about|around|roughly|nearly|almost|over|under|just|only|some|at\s+least|more\s+than|less\s+than|fewer\s+than|(?:the\s+)?(?:top|bottom))\s+)*(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:\d+|ten|five|four|three)|half(?=\s+of\s|$)|(?:a|one|two)[\s-](?:third|quarter|fifth)s?|three[\s-](?:quarters|fourths|fifths))(?:\s|$)/i;
/** A group the sentence denies: "none of the people involved", "neither of the reporters". */
const DENIED = /^(?:none|neither)\s+of\s/i;

/** Whether the phrase counts people or a share of them without naming anyone. */
export function isVaguePhrase(phrase: string): boolean {
  const text = phrase.trim().replace(/\s+/g, ' ');
  return BARE.test(text) || SHARE.test(text) || DENIED.test(text);
}

/** An entity whose every surface form is a vague count: its quotes keep it as holder, no source is listed. */
export function isVagueHolder(entity: Entity): boolean {
  const forms = [...entity.names, ...entity.descriptors];
  return forms.length > 0 && forms.every(isVaguePhrase);
}
