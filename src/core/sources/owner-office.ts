// "a report from Vardia's auditor general", "figures from Ostland's health ministry", "a review by
// the Vardia auditor general": after a named owner's possessive, an office in lower case (a person's
// or a body's noun, and "general" after it) is who issued the document, and so is a person's office
// right after the name (a body's noun there, "the Fjordstat institute", is the body itself); the country or
// body before it only says whose office it is. The owner a reader names is the whole phrase,
// "Vardia's auditor general", not "Vardia". (Not before a name: in "auditor general Ada Lund" the
// office is her title, and the owner the name.)
//
// Only up to three lower-case words, ending in a person's or a body's noun ("auditor", "ministry",
// "auditor general"): "data from Vardia's largest bank" names the bank, "a report from Vardia's
// recent past" no office at all, and stays with the name before it.

import { ORG_NOUNS, PERSON_NOUNS } from './lexicon';

/** The possessive (or none) and up to three lower-case words after an owner's name. */
const POSSESSIVE_WORDS = /^(['\u2019]s)?\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)/u;
/** A name right after the office: the office is its title ("auditor general Ada Lund"), the name the owner. */
const NAME_AFTER = /^\s+\p{Lu}/u;
/** A word after the office's noun that goes with it: "auditor general", "surgeon general". */
const POSTPOSED = new Set(['general']);

/**
 * The office named after the possessive that follows an owner ending at `at` in `text` ("’s auditor
 * general"), as printed from the apostrophe; null when none.
 */
export function officeAfterOwner(text: string, at: number): string | null {
  const m = POSSESSIVE_WORDS.exec(text.slice(at, at + 60));
  if (!m) return null;
  const words = m[2]!.split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const last = words[n - 1]!;
    // (Without the possessive only a person's office: "the Fjordstat institute" is the body's own name.)
    const office = (m[1] !== undefined && ORG_NOUNS.has(last)) || PERSON_NOUNS.has(last) || (n >= 2 && POSTPOSED.has(last) && PERSON_NOUNS.has(words[n - 2]!));
    if (!office) continue;
    const printed = `${m[1] ?? ''} ${words.slice(0, n).join(' ')}`;
    const end = at + m[0].indexOf(m[2]!) + words.slice(0, n).join(' ').length;
    return NAME_AFTER.test(text.slice(end, end + 3)) ? null : printed;
  }
  return null;
}
