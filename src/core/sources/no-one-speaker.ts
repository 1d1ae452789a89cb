// Speaker phrases that name no one who could say or hold anything: a stretch of time ("the last two
// weeks have signaled", "many months"), an object ("timed tickets", "all signs"), a part of the text
// ("the headline", "the first paragraph", "passages"), a clause read as a name ("You don't think
// about …"), or a subject the sentence denies ("No militant group claimed responsibility", "no
// official commented"). A parser reads them as the subject before a cue; no reader would list them
// as sources.
//
// Only the bare phrase is dropped: a determiner or a few modifiers and one of these heads. A phrase
// with a preposition, a relative word or a later capital carries someone else ("the Monday statement
// from the White House", "a poll taken last week", "the Financial Times"), and stays.

import type { SpeakerRef } from './model';

/** Units of time: "weeks", "many months", "the past decade". (Not day or month names: "May", "Times".) */
const TIME_HEAD = /^(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|months?|years?|decades?|century|centuries|nights?|mornings?|evenings?|afternoons?)$/;
/** Parts of a text: "the headline", "the first paragraph" (a document as a whole, "the report", speaks). */
const TEXT_PART_HEAD = /^(?:headlines?|subheads?|subheadlines?|headings?|paragraphs?|sentences?|passages?|chapters?|footnotes?|excerpts?)$/;
/** Objects that carry no view: "timed tickets", "all signs". ("names" and "figures" are often people.) */
// (Nor do the things a slogan is printed on: "The shirts say “…”" quotes whoever printed them, not
// the shirts. Not "poster": one who posts on a forum is a person.)
const OBJECT_HEAD = /^(?:tickets|signs|things|items|objects|(?:t-|tee-)?shirts?|banners?|placards?|stickers?|billboards?|mugs?)$/;
/**
 * What may stand before the head in a bare phrase: a determiner, a quantifier, a number, an adjective
 * of time or order ("the last two weeks", "several months", "the first paragraph"), or an adjective
 * in -ed ("timed tickets"). Anything else (a noun, a preposition: "riders polled over two weeks",
 * "a ferry survey taken last week") makes the phrase about someone or something else.
 */
const MODIFIER = /^(?:the|a|an|this|that|these|those|all|some|many|few|several|most|both|each|every|other|same|last|past|next|recent|coming|previous|whole|entire|full|final|latest|early|late|long|short|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|hundred|first|second|third|fourth|fifth|\p{Ll}+ed)$/iu;
/** A gerund that opens the phrase: "spending months" (the subject of the cue is elsewhere). */
const GERUND = /^\p{L}+ing$/iu;
/** A clause read as a name: a subject pronoun, then a contraction ("You don't think …", "We'll see …"). */
const PRONOUN_CLAUSE = /^(?:i|you|we|they|he|she|it)\s+\p{L}+(?:n['\u2019]t|['\u2019](?:ll|ve|re|d|m))\s/iu;

/**
 * "No militant group", "no senior official": the determiner "no" before a common noun denies that
 * any such speaker said or did it. (Not "No one"/"nobody", quantifiers read as a group elsewhere;
 * not "No fewer than 20 senators", a number; not "No. 2", a rank; not a title, "No Labels".)
 */
const NEGATIVE_DETERMINER = /^no$/i;
const NOT_A_DENIAL = /^(?:one|fewer|more|less|longer|matter|doubt)$/i;
const COMMON_NOUN = /^\p{Ll}[\p{Ll}-]*$/u;

/** Longest bare phrase looked at: "the last two full weeks". */
const MAX_WORDS = 5;

/**
 * Whether the speaker phrase is a time, an object, a part of the text, or a clause: no one.
 * `quotes` when what it is said to carry is a quotation: a part of a text that reads or prints
 * words ("The headline read, “…”") is the writing they are in, and that writing is their source,
 * where "the headline suggests that …" is the writer's reading of it.
 */
export function isNoOne(ref: SpeakerRef, quotes = false): boolean {
  if (ref.form === 'pronoun') return false;
  const phrase = ref.text.trim();
  if (PRONOUN_CLAUSE.test(phrase)) return true;
  const words = phrase.split(/\s+/);
  if (words.length > MAX_WORDS) return false;
  const head = words[words.length - 1]!;
  if (words.length >= 2 && NEGATIVE_DETERMINER.test(words[0]!) && !NOT_A_DENIAL.test(words[1]!) && COMMON_NOUN.test(head)) return true;
  // (A capital after the first word is a name: "the Financial Times", "Global Times".)
  if (!/^\p{Ll}/u.test(head) || words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return false;
  if (!words.slice(0, -1).every((w, i) => MODIFIER.test(w) || (i === 0 && GERUND.test(w)))) return false;
  return TIME_HEAD.test(head) || (!quotes && TEXT_PART_HEAD.test(head)) || OBJECT_HEAD.test(head);
}
