// "look to" + a verb is an aim: "Cruz looks to build on his momentum", "they looked to cut the top
// rate", "is looking to smooth over disagreements". "look to" + a noun phrase ("look to the courts",
// "looking to the May primary") or "looks to be" (an appearance: "his lead looks to be shrinking")
// is not. PolNeAR train marks 18 of the 31 "look to" + verb outside quotations (most of the rest sit
// inside another source's statement, where the nested readers drop them).

/** Words after "to" that open a noun phrase or a pronoun object, not a verb; and "be". */
const NOT_A_VERB = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|him|them|me|us|you|it|some|any|each|every|all|both|no|one|be)$/;
/** The word after the particle: lower case letters only (a name or a number is no verb). */
const NEXT_WORD = /^\s+(\p{Ll}+)(?![\p{L}\d'\u2019-])/u;

/** A form of "look" read with the particle "to": "looks to", "looking to". */
export function isLookTo(cueWord: string): boolean {
  return /^look(?:s|ed|ing)? to$/.test(cueWord);
}

/** True when the words after "look to" (`rest`, from the particle's end) open an infinitive: a verb, not "be". */
export function looksToAVerb(rest: string): boolean {
  const m = NEXT_WORD.exec(rest);
  return m !== null && !NOT_A_VERB.test(m[1]!);
}
