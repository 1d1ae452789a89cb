// The occasion of a statement, standing between its subject and the verb: "The port authority in a
// statement said …", "Ola Vik in an interview said …", "The ministry on Twitter said …". It tells
// where the words were said, as "on Monday" tells when; it is no part of who said them. (With
// commas, "The authority, in a statement, said", it is an aside the subject reader already skips.)
//
// Only a medium or an event of saying after "in/on/during/via/through" and "a/an" or a possessive
// ("in a joint statement", "in his speech", "during a news conference"), or a platform after "on"
// ("on Twitter", "on social media"): "the woman in the video said" or "the man in a red coat
// said" keep their phrase, which tells which person.

import { NAME_WORD_START } from './name-word';
import { readSpeaker } from './speaker-phrase';

/** A medium or event of saying, lower case, its last word. */
const OCCASION_NOUN = String.raw`(?:statement|statements|interview|interviews|letter|speech|address|email|e-mail|tweet|tweets|post|posting|message|release|conference|briefing|call|memo|op-ed|column|essay|filing|testimony|podcast|broadcast|remarks|appearance|note|video|livestream|blog|editorial|announcement|communique|communiqu\u00e9)`;
/**
 * Right before the verb (after any adverbs the caller skipped): a preposition, an article or a
 * possessive, up to two modifiers ("written", "joint", "Facebook", "news"), the noun; or "on" and a
 * platform.
 */
const OCCASION_END = new RegExp(String.raw`\s(?:(?:in|during|via|through|on)\s+(?:a|an|his|her|its|their|our)\s+(?:[\p{L}-]+\s+){0,2}?${OCCASION_NOUN}|on\s+(?:Twitter|Facebook|Instagram|Threads|Bluesky|LinkedIn|TikTok|YouTube|Telegram|X|social\s+media))\s*$`, 'u');

/** An event where people speak, after "at": "at a symposium", "at the news conference". */
const EVENT_NOUN = String.raw`(?:conference|symposium|hearing|rally|summit|meeting|forum|briefing|gathering|ceremony|convention|debate|panel|luncheon|dinner|breakfast|session|seminar|workshop|congress|assembly|vigil|memorial|funeral|commemoration|festival)`;
/** A time after the occasion: "in 2018", "on Friday", "last week". */
const OCCASION_TIME = String.raw`(?:\s+(?:in\s+\d{4}|on\s+\p{Lu}\p{Ll}+day|last\s+(?:week|month|year)|this\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)))?`;
/**
 * After a name only ("Gross at a symposium in 2018 said"): "a voter at the rally said" keeps its
 * phrase, which tells which voter.
 */
const AT_EVENT_END = new RegExp(String.raw`(?<=\p{Lu}[\p{L}.'\u2019-]*)\s+at\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}?${EVENT_NOUN}${OCCASION_TIME}\s*$`, 'u');

/** The capitalised words (and titles) right before the event: "Ana Lund", "Mr. Gross". */
const NAME_RUN = new RegExp(String.raw`(?:${NAME_WORD_START}[\p{L}.'\u2019-]*\s+){0,3}${NAME_WORD_START}[\p{L}.'\u2019-]*$`, 'u');

/** A lone capitalised plural of an agent noun is no name ("Beekeepers at the meeting said"). */
const AGENT_PLURAL_WORD = /^\p{Lu}\p{Ll}{2,}(?:ists|ians|ers|ors|ants|ents)$/u;

/** What may stand before a subject that opens its clause: nothing, a comma or a dash, "and"/"but". */
const CLAUSE_OPENING = /(?:^|[,;:(\u2014\u2013]|\b(?:and|but|But|And))\s*$/;

/** Things that are themselves on a platform: "Videos on social media showed …" keep their place. */
const SHOWN_THINGS = /(?:^|\s)(?:videos?|photos?|pictures?|images?|footage|posts?|comments?|messages?|clips?|screenshots?|accounts?|users?)\s+on\s+\S+(?:\s+media)?\s*$/i;

/** Where the subject ends when an occasion stands right before `end` ("Vik in a statement| said"), or -1. */
export function occasionStart(masked: string, lo: number, end: number): number {
  const from = Math.max(lo, end - 80);
  const m = OCCASION_END.exec(masked.slice(from, end));
  if (!m || SHOWN_THINGS.test(masked.slice(Math.max(lo, end - 40), end))) {
    const at = AT_EVENT_END.exec(masked.slice(from, end));
    if (!at) return -1;
    // (Only a name: "Activists at the rally said" keeps its phrase, a plural capitalised at the sentence's start.)
    const run = NAME_RUN.exec(masked.slice(Math.max(lo, from + at.index - 60), from + at.index));
    const named = run ? readSpeaker(masked, from + at.index - run[0].length, from + at.index) : null;
    if (named?.form !== 'name' || AGENT_PLURAL_WORD.test(run![0])) return -1;
    // (The name opens its clause: in "Bush went after Trump at the debate, refusing …" it is an object.)
    if (!CLAUSE_OPENING.test(masked.slice(lo, from + at.index - run![0].length))) return -1;
    return from + at.index;
  }
  return from + m.index;
}
