// "said in an interview with The Associated Press last week that …", "wrote in a Baltimore Sun
// op-ed that …", "noted in a guest column in Saturday's New York Times that …": where or through
// what the words were said, a phrase a preposition opens and an article or a name follows, stands
// between the verb and its "that". The short-adjunct reading (reporting-verb.ts) takes seven words
// at most, none hyphenated, so these longer ones stayed in front of what was said.
//
// Only a phrase with no word that makes a result clause of the "that" ("so", "such", "enough":
// "said in the end the cuts were so deep that …"), no subject pronoun or coordinator ("said on
// Friday he met Trump this week and that …" has its clause first), no infinitive ("called on the
// United States to attack the oil that funds …" asks for an act; its "that" is a relative), no comma
// or quotation, twelve words at most; and only after a verb of saying or telling (reporting-verb.ts):
// "marveled at the enthusiasm in a district that Rubio won" names what it marveled at. The reader's
// own checks (an auxiliary inside, a relative "that was …" after) still apply.

const PREPOSITION = String.raw`(?:in|on|at|during|through|via)`;
const LEAD = String.raw`(?:the|a|an|his|her|their|its|our|one|\p{Lu}[\p{L}\d'\u2019.&-]*)`;
const WORD = String.raw`(?!(?:so|such|enough|too|that|if|whether|how|what|why|when|where|he|she|they|we|I|it|and|but|or)\s|to\s+(?!(?:the|a|an|his|her|their|its|our|my)\s)\p{Ll})[\p{L}\d'\u2019&]+(?:[-\u2010][\p{L}\d'\u2019&]+)*`;
const MEDIUM_THAT = new RegExp(String.raw`^\s+${PREPOSITION}\s+${LEAD}(?:\s+${WORD}){1,11}?\s+that\b[\s,]+`, 'u');

/** The adjunct and its "that" at the start of `rest` (the text right after a cue), or null. */
export function mediumThenThat(rest: string): RegExpExecArray | null {
  return MEDIUM_THAT.exec(rest);
}
