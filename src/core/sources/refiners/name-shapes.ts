// One-word "persons" that no reader would take for someone's name, by the word's own shape or by
// the article's other words, never by a list of names:
// - a country or a place the article also names by its adjective or its people: "Sweden" beside
//   "Swedish Prime Minister …", "China" beside "Chinese authorities", "Israel" beside "Israeli
//   attacks", "Pakistan" beside "Pakistani Ambassador". English builds these on the place's stem
//   with a few endings (demonyms.ts); a surname the article uses alone has none
//   beside it ("Trumpian" aside, and the callers keep any name written in full, titled or "who").
// - an acronym the article never writes in lower-case letters: "SAG-AFTRA", "POLITICO" (the
//   speaker's phrase reads a short one, "NATO", as a body's already; a name set in capitals,
//   "ANNE-MARIE", is written "Anne-Marie" elsewhere);
// - a word capitalised inside after a run of lower case: "StackOverflow", "YouTube" (not
//   "McConnell", "MacArthur", "DeSantis", "VanHollen": a surname's particle joined to it);
// - a single letter joined to a lower-case noun: "X-rays", "T-shirts", a thing.

import { genderOfGivenName } from '../gender';
import { demonymsOf } from './demonyms';
import { callsItselfIt } from './it-self-reference';
import { NAME_TITLES, STRONG_TITLES } from '../lexicon';
import type { SourceKind } from '../../types';
import { wholeWordPlaces } from '../../text/word-places';
import type { Mention } from './person-mentions';

/** A place's name: one capitalised word of letters. */
const PLACE_WORD = /^\p{Lu}\p{Ll}{3,}$/u;
/** Capitalised words of the text, standing before another word (an adjective, "Swedish Prime …") or as a plural ("Israelis"). */
const CAPITALISED = /(?<![\p{L}'\u2019-])\p{Lu}\p{Ll}+(?=\s+[\p{L}\d]|[,.;:])/gu;
/** An acronym, maybe of two joined by a hyphen: "SAG-AFTRA", "POLITICO", "AT&T". */
const ACRONYM = /^\p{Lu}[\p{Lu}&]+(?:-\p{Lu}[\p{Lu}&]+)?$/u;
/**
 * Capitalised inside after three lower-case letters or more: "StackOverflow", "YouTube", "PayPal".
 * (Plain letters only, with no accent joined to them: a name whose accent was misdecoded,
 * "SarukhÃ¡n", has a capital inside too, precomposed or as "A" and a combining tilde.)
 */
const INNER_CAPITAL = /^[A-Z][a-z]{2,}[A-Z](?!\p{M})/u;
/** A surname's particle joined to the rest: "MacArthur", "VanHollen", "DelBene", "FitzGerald". */
const JOINED_PARTICLE = /^(?:Mac|Mc|Van|Von|Del|Della|Fitz|Ten|Ter)\p{Lu}/u;
/** A letter and a lower-case noun: "X-rays", "T-shirt". */
const LETTER_NOUN = /^\p{Lu}-\p{Ll}{2,}$/u;
const MAX_TEXT = 200_000;

export interface NameShapes {
  /** The kind a one-word name shows it has, when it shows it is no person's: 'organization' (a place, an acronym, a brand) or 'other' (a thing). */
  (name: string): SourceKind | null;
  /**
   * Whether the article writes the name as a place's, before any pronoun is resolved
   * (settled-kinds.ts). (The spelling alone, "PolitiFact", settles the kind only at the end: made
   * a body early, it was the only body left for an "it" that stood for another one the article had
   * named without a quote, PolNeAR dev −1. An acronym early takes "he" off "POLITICO" and gives it
   * to the person the sentence is about, but the PolNeAR runner's stand-in for that "he" is
   * POLITICO: train −2, left at the end for now.)
   */
  early(name: string): boolean;
}

export function nameShapes(text: string, mentions: readonly Mention[]): NameShapes {
  let words: Set<string> | undefined;
  const capitalised = () => (words ??= new Set(text.slice(0, MAX_TEXT).match(CAPITALISED) ?? []));
  const acronym = (name: string) => ACRONYM.test(name) && name.replace(/[^\p{Lu}]/gu, '').length >= 2 && !writtenInLowerCase(text, name);
  // (A body that calls itself "it", "Vardair said it is still reviewing …", it-self-reference.ts:
  // early, so that the "it" of its later statements may find it and "he" may not.)
  const early = (name: string) => !name.includes(' ') && (hasDemonym(name, capitalised(), mentions) || callsItselfIt(text, name, mentions));
  const shapes = (name: string): SourceKind | null => {
    if (name.includes(' ')) return null;
    if (LETTER_NOUN.test(name)) return 'other';
    return early(name) || acronym(name) || (INNER_CAPITAL.test(name) && !JOINED_PARTICLE.test(name)) ? 'organization' : null;
  };
  return Object.assign(shapes, { early });
}

/** Whether the text writes an acronym's letters as a name too ("Anne-Marie" for "ANNE-MARIE"). */
function writtenInLowerCase(text: string, acronym: string): boolean {
  const title = acronym.toLowerCase().replace(/(^|-)(\p{Ll})/gu, (_, dash: string, letter: string) => dash + letter.toUpperCase());
  return wholeWordPlaces(text, title, 1).length > 0;
}

/** Whether the text writes an adjective or a people built on the name's stem ("Swedish" for "Sweden"). */
function hasDemonym(name: string, capitalised: ReadonlySet<string>, mentions: readonly Mention[]): boolean {
  if (!PLACE_WORD.test(name) || isGivenName(name)) return false;
  // (A given name is no adjective: "Christian" beside "Christie", a person's first name elsewhere,
  // "Christian Lund". "Pakistani Ambassador Ali Khan" is a mention too, but of a title and a name.)
  return demonymsOf(name).some((w) => capitalised.has(w) && !isGivenName(w) && !givenNameOf(w, mentions));
}

/** Whether a person's two-word name opens with the word ("Christian Lund"; not "Pakistani Ambassador", a title). */
function givenNameOf(word: string, mentions: readonly Mention[]): boolean {
  return mentions.some((m) => {
    if (!m.person || !m.name.startsWith(`${word} `)) return false;
    const rest = m.name.split(' ');
    return rest.length === 2 && !NAME_TITLES.has(rest[1]!.toLowerCase()) && !STRONG_TITLES.has(rest[1]!.toLowerCase());
  });
}

function isGivenName(word: string): boolean {
  return genderOfGivenName(word) !== null;
}
