// What a source said or holds is a clause, a noun phrase, an infinitive ("declined to comment") or a
// gerund ("warned against waiting"). A reader that takes the wrong word for its cue's object can be
// left with one or two words that are none of these: a verb particle or an adverb ("… kept pushing
// back", "rejected it too", "had noted before", "will discuss it as well", "called out Roe"), or a
// preposition with one lower-case word after it, a manner, a length of time or a bare topic
// ("responded with scorn", "did not wonder for long", "claims of progress", "agree on something",
// "cautioned against it"). Such a content is never a statement or a position, whoever the speaker.
//
// Left alone: a quotation (its words are what was said, "“Out!” they yelled"); "to" + a verb (an
// infinitive); "as" ("identifies as Basque"); a preposition before a name ("said about Roe", the
// person talked about) or before a gerund ("pleaded for understanding", an act asked for); any
// content of three words or more. Counted on PolNeAR train (round 22): ten such contents, all
// extras; on dev three, all extras.

/** Particles and adverbs that stand alone after a verb: never the thing said or held. */
const LONE_ADVERB = /^(?:back|out|up|off|down|away|over|along|ahead|aside|around|too|also|again|before|after|afterward|afterwards|later|earlier|since|then|now|still|yet|instead|anyway|either|else|long|well)$/;
/** A particle of a phrasal verb with the verb's object after it ("called out Roe"): the object was not what was said. */
const PARTICLE = /^(?:back|out|up|off|down|away)$/;
/** A two-word adverb ("as well"). */
const ADVERB_PAIR = /^(?:as\s+well|at\s+all|so\s+far|for\s+now|at\s+once|once\s+more|even\s+so)$/;
/** Prepositions that open an adverbial or a topic; not "to" (an infinitive) or "as" (a description). */
const PREPOSITION = /^(?:with|of|on|against|for|about|at|by|from|over|into|onto|upon|toward|towards|without|within|under|across|through|beyond|despite)$/;
/** A gerund after a preposition names an act ("against waiting"), a complement that can be a position ("something" is a pronoun). */
const GERUND = /^(?!\p{Ll}*thing$)\p{Ll}{3,}ing$/u;
const WORD = /[\p{L}\d][\p{L}\d'\u2019-]*/gu;

/** True when an unquoted content is only a particle or adverb, or a preposition with a single lower-case non-gerund word. */
export function isStrayWordContent(content: string): boolean {
  const words = content.match(WORD);
  if (!words || words.length > 2) return false;
  const first = words[0]!;
  // (A capitalised first word opens a sentence or a name: "Back Roads" is a title, not a particle.)
  if (first !== first.toLowerCase()) return false;
  if (words.length === 1) return LONE_ADVERB.test(first);
  const second = words[1]!;
  if (ADVERB_PAIR.test(`${first} ${second}`)) return true;
  if (PARTICLE.test(first)) return true;
  if (!PREPOSITION.test(first)) return false;
  return second === second.toLowerCase() && !GERUND.test(second);
}
