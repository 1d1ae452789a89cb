// What a source said or holds is a clause, a noun phrase, an infinitive ("declined to comment") or a
// gerund ("warned against waiting"). A reader that takes the wrong word for its cue's object can be
// left with one or two words that are none of these: a verb particle or an adverb ("… kept pushing
// back", "rejected it too", "had noted before", "will discuss it as well", "called out Roe"), a
// preposition before an adverb ("did not wonder for long"), or "with" before one bare noun, the
// manner of the act ("responded with scorn"). Such a content is never a statement or a position,
// whoever the speaker.
//
// Left alone: a quotation (its words are what was said, "“Out!” they yelled"); any other preposition
// before a noun or a pronoun ("asked for records", "accused of fraud", "talked about it": PolNeAR
// marks a dozen such two-word contents on train, so the shape can be a statement even where our
// readers' few were not); "with" before a name or a person's pronoun ("sided with Roe", "agreed with
// him"); any content of three words or more. Counted on PolNeAR train (round 22): seven such
// contents, all extras; on dev one, an extra. The gold marks none of this shape.

/** Particles and adverbs that stand alone after a verb: never the thing said or held. */
const LONE_ADVERB = /^(?:back|out|up|off|down|away|over|along|ahead|aside|around|too|also|again|before|after|afterward|afterwards|later|earlier|since|then|now|still|yet|instead|anyway|either|else|long|well)$/;
/** A particle of a phrasal verb with the verb's object after it ("called out Roe"): the object was not what was said. */
const PARTICLE = /^(?:back|out|up|off|down|away)$/;
/** A two-word adverb ("as well"). */
const ADVERB_PAIR = /^(?:as\s+well|at\s+all|so\s+far|for\s+now|at\s+once|once\s+more|even\s+so)$/;
/** Prepositions, which may stand before an adverb ("for long", "until now"). */
const PREPOSITION = /^(?:with|of|on|against|for|about|at|by|from|over|into|onto|upon|toward|towards|without|within|under|across|through|beyond|despite|until|till)$/;
/** A person's or a thing's pronoun after "with" is who or what was sided or agreed with, not a manner. */
const OBJECT_PRONOUN = /^(?:him|her|them|us|me|you|it|this|that|these|those)$/;
/** A gerund after "with" names an act ("with leaving"), not a manner. */
const GERUND = /^(?!\p{Ll}*thing$)\p{Ll}{3,}ing$/u;
const WORD = /[\p{L}\d][\p{L}\d'\u2019-]*/gu;

/** True when an unquoted content is only a particle or adverb, a preposition before an adverb, or "with" and one bare noun. */
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
  if (LONE_ADVERB.test(second)) return true;
  return first === 'with' && second === second.toLowerCase() && !OBJECT_PRONOUN.test(second) && !GERUND.test(second);
}
