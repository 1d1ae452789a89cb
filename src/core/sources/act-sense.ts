// A stance verb in the sense of an act: its object shows it reports no view.
//  - "The club dismissed him", "dismissed Ruiz on Tuesday", "was dismissed from the team": a person
//    let go from a post (the stance sense dismisses a claim, or a person "as" something:
//    "dismissed Ruiz as a dreamer", "dismissed Ruiz's claim").
//  - "showed off his new boat": a display, not a showing that something is so.
//  - "is recalling 40,000 pounds of beef": a product recall, not a memory.
//  - "to write the script", "wrote two novels": a work composed, not a view written down.
//  - "learned her first foreign language": a skill taken up, not a fact found out.
//  - "putting it only in third place": a thing placed, not words put.
//  - "viewers see Gumb keep a victim", "saw him leave": an event watched, not a view (perceived-event.ts).
// PolNeAR train reads these shapes so: "dismiss <name> on Tuesday" is unmarked, "showing off the hat"
// unmarked, no recall of an amount; so leaving them out costs it nothing.

import { DAY_OR_MONTH } from './time-names';
import { MASK } from './quote-spans';
import { NAME_WORD_START } from './name-word';
import { isPerceivedEvent } from './perceived-event';

/** A person as the object: an object pronoun, or a capitalised name (not a day or month) that owns no
 * noun and has none after it ("Ruiz's claim", "Republican concerns"): a preposition, a conjunction or
 * the clause's end follows. */
const PERSON_OBJECT = new RegExp(String.raw`^\s+(?:him|her|them|me|us|(?!${DAY_OR_MONTH}\b)(?:${NAME_WORD_START}[\p{L}.'\u2019-]*\s+){0,3}\p{Lu}[\p{L}.-]*)(?=\s*(?:[,.;:!?]|$)|\s+(?:on|in|at|from|after|before|last|this|for|over|as|and|but|when|while|because|amid|following|without|with|by)\b)`, 'u');
/** "from the team", "from his post": the post a person was let go from. */
const FROM_POST = /^\s+from\s/;
/** "… as a dreamer": the stance sense, calling the person something. */
const AS_COMPLEMENT = /\sas\s/;
/** Where the object's clause ends, for the "as" test. */
const CLAUSE_END = /[;:\u2014\u2013]|,\s+(?:and|but|which|who|while|after|before|when|saying|adding)\b/;
/** An amount of goods right after the verb: "recalling 62,000 pounds of", "recalled about 300 vehicles". */
const AMOUNT = /^\s+(?:(?:more\s+than|about|nearly|almost|some|roughly|around|over|approximately|an?\s+estimated)\s+)?\d[\d,.]*\s+(?:(?:million|thousand|hundred)\s+)?(?!(?:years|months|weeks|days|hours|minutes|times|decades)\b)\p{Ll}+s\b/u;

/** A work made by writing as the object: "the script", "two novels", "her first songs", "the
 * original film's screenplay", "a children's book" (a possessive among its modifiers). (Not a letter,
 * a column or a post: those carry the writer's words.) */
const WRITTEN_WORK = /^\s+(?:(?:a|an|the|his|her|their|its|my|our|your|two|three|several|many|some|\d+)\s+)?(?:[\p{Ll}-]+(?:['\u2019]s)?\s+){0,2}?(?:scripts?|screenplays?|novels?|books?|songs?|music|poems?|plays|lyrics|code|software|albums?|operas?|symphon(?:y|ies))\b(?!\s+(?:that|saying|calling|urging|arguing|claiming)\b)/u;
/** A noun phrase right after "learned" with no clause, topic or source after it ("her first language",
 * "the piano"); "learned this from …", "learned the truth about …", "learned of …" report a finding. */
const LEARNED_THING = /^\s+(?:a|an|the|his|her|their|its|my|our|your)\s+(?:[\p{L}"\u201c\u201d\uE000-]+\s+){0,3}?[\p{L}"\u201c\u201d\uE000-]+\s*(?:[,.;:!?]|$)/u;
/** "putting it in third place", "put it at risk": a place or a state after "put it", with no
 * quotation or colon to follow ("put it in a statement: …" keeps the words). */
const PUT_PLACE = /^\s+(?:\p{Ll}+ly\s+|only\s+|just\s+|firmly\s+)?(?:in|into|at|on|onto|ahead\s+of|behind|among|under|above|below|within|beyond|out\s+of)\s/u;

/** True when the cue word with the words after it (from its end to the sentence's end) reads as an act. */
export function isActSense(cueWord: string, rest: string): boolean {
  const verb = cueWord.toLowerCase();
  // ("viewers see Jame Gumb keep a victim in a pit": an event watched, perceived-event.ts.)
  if (isPerceivedEvent(verb, rest)) return true;
  if (/^dismiss(?:es|ed|ing)?$/.test(verb)) {
    if (FROM_POST.test(rest)) return true;
    const end = CLAUSE_END.exec(rest)?.index ?? rest.length;
    return PERSON_OBJECT.test(rest) && !AS_COMPLEMENT.test(rest.slice(0, end));
  }
  if (/^show(?:s|ed|ing|n)?$/.test(verb)) return /^\s+off\b/.test(rest);
  if (/^recall(?:s|ed|ing)?$/.test(verb)) return AMOUNT.test(rest);
  if (/^(?:write|writes|wrote|written|writing)$/.test(verb)) return WRITTEN_WORK.test(rest);
  if (/^(?:learned|learnt)$/.test(verb)) return LEARNED_THING.test(rest);
  if (/^(?:put|puts|putting) it$/.test(verb)) {
    return PUT_PLACE.test(rest) && !rest.includes(MASK) && !/[:"\u201c]/.test(rest);
  }
  return false;
}
