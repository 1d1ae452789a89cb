// A speaker phrase is a noun phrase: a person, a group, a body or a document, with what describes
// it. A reader that takes the words before a cue as that phrase sometimes takes a whole clause
// instead, when the word read as the cue is a noun or a verb further on ("the jokes didn't stop
// fans commenting on …", "Ada Lind has the most backers among clerks in Ohio, according to …").
// Such a phrase runs on through a verb of its own and that verb's object, and names no one who said
// or holds anything. Told by shape, outside any relative clause ("voters who didn't turn out"):
// - a negated auxiliary with words after it ("didn't stop fans"); one that ends the phrase belongs
//   to the cue ("members of the caucus don't | foresee …") and the subject before it still speaks;
// - "is"/"has"/"was"… and a determiner, with the object running on past its noun ("has the most
//   backers among …"). Where the phrase stops inside the object, the cue word is the object's noun
//   and the subject holds it ("voters have a favorable | view of …": PolNeAR marks these views).

/** A negated auxiliary: "didn't", "won't", "isn't". */
const NEGATED = /^\p{L}+n['\u2019]t$/u;
/** Forms of "be" and "have" that, with a determiner after them, are a clause's verb and object. */
const BE_HAVE = /^(?:is|are|was|were|has|have|had)$/;
/** What opens an object or a complement: "the most", "a problem", "no plans". */
const DETERMINER = /^(?:the|a|an|no|some|most|many|this|these|those|his|her|their|its|our|my|your)$/;
/** Words that open a relative or subordinate clause inside a noun phrase: "people who have …", "whom Roe …". */
const RELATIVE = /^(?:who|whom|whose|which|that|where|when|what|how|whether)$/i;
/** Words after the determiner that take the object past its noun ("the most backers among"). */
const OBJECT_RUNS_ON = 3;

/** Whether the phrase (a speaker phrase's text) is a clause with its own verb and object, not a noun phrase. */
export function isClausePhrase(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (words.some((word) => RELATIVE.test(word))) return false;
  for (let i = 1; i < words.length - 1; i++) {
    const word = words[i]!;
    if (NEGATED.test(word)) return true;
    if (BE_HAVE.test(word) && DETERMINER.test(words[i + 1]!) && words.length - (i + 2) >= OBJECT_RUNS_ON) return true;
  }
  return false;
}
