// "Liberals got mad because they …", "As Republicans scrambled for cash, they proposed …": "they"
// wants a plural antecedent, and a capitalised plural the article writes as a name (a party's
// members, a people, a generation) in the pronoun's sentence or the one before is the nearest
// one. Read from the shape of the word (a capital, a regular plural ending) and the article's own
// evidence that it is a plural (a plural verb after it, or its singular elsewhere), never from a
// list of groups; a person's surname ("Sanders", "Williams") and a place ("Texas") are no group.

import { FUNCTION_CAPS, NAME_TITLES } from '../lexicon';
import { sentenceBefore, sentenceOf, type Scan } from '../scan';
import type { Span } from '../../types';
import { escapeRegExp } from '../../text/escape-regexp';
import { knownPlaceName } from './known-places';

export interface GroupName {
  /** The group's name with the capitalised words before its head: "House Republicans". */
  name: string;
  /** Its head, the plural: "Republicans". */
  head: string;
  start: number;
}

// A capitalised regular plural ("Republicans", "African-Americans"; not "Congress", "Texas"'s
// "-as" is left to the place check), with up to two capitalised words before it, no possessive after.
const GROUP_RUN = /(?<![\p{L}\p{N}.'\u2019-])((?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,2})(\p{Lu}[\p{L}-]*[^\sSUsu'\u2019.-]s)(?![\p{L}\p{N}'\u2019-])/gu;

const NAME_GOES_ON = /^\s+(?:of|for)\s+\p{Lu}/u;

/**
 * The last capitalised plural before `pos` in its sentence or the sentence before, that the
 * article treats as a plural and not as anyone's surname, with no person named between it and
 * `pos`, or null. `isPersonWord` says whether a word is a person's surname in the article;
 * `personNamedIn` whether a person is named in a span.
 */
export function groupNamedBefore(
  scan: Scan, pos: number, block: number, pluralHeads: ReadonlySet<string>, isPersonWord: (word: string) => boolean,
  personNamedIn: (from: number, to: number) => boolean,
): GroupName | null {
  const window = windowBefore(scan, pos, block);
  if (!window) return null;
  const slice = scan.masked.slice(window.start, pos);
  let best: GroupName | null = null;
  GROUP_RUN.lastIndex = 0;
  for (let m = GROUP_RUN.exec(slice); m; m = GROUP_RUN.exec(slice)) {
    const head = m[2]!;
    const start = window.start + m.index + m[1]!.length;
    const lead = m[1]!.split(/\s+/).filter(Boolean);
    // ("The Democrats", "But Republicans": the words that only open the sentence are no part of the name.)
    while (lead.length && FUNCTION_CAPS.has(lead[0]!.toLowerCase())) lead.shift();
    if (lead.some((w) => /[.'\u2019]$/.test(w))) continue;
    // ("Muslim Americans for Trump": the plural opens a body's name, no group of its own.)
    if (NAME_GOES_ON.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    const name = [...lead, head].join(' ');
    // ("Mrs.", "Sens.": titles in the plural's shape.)
    if (NAME_TITLES.has(head.toLowerCase()) || NAME_TITLES.has(head.slice(0, -1).toLowerCase())) continue;
    // ("Sanders", and "the Clintons", a family by its surname.)
    if (isPersonWord(head) || isPersonWord(head.slice(0, -1)) || knownPlaceName(scan.text, name) || knownPlaceName(scan.text, head)) continue;
    if (!takesPlural(scan, head, pluralHeads)) continue;
    // (A word capitalised only because it opens its sentence, "Details emerged …", is no name.)
    if (!lead.length && opensSentence(scan, block, start) && !pluralHeads.has(head)) continue;
    best = { name, head, start: lead.length ? start - m[1]!.length + m[1]!.indexOf(lead[0]!) : start };
  }
  // ("When the Nazis threatened him, … Judith and her brother … did not realize that they …": a
  // person named after the group is nearer; "they" may be that person with others.)
  return best && !personNamedIn(best.start, pos) ? best : null;
}

/** The pronoun's sentence up to it, with the sentence before (the last of the paragraph before, for a paragraph's first). */
function windowBefore(scan: Scan, pos: number, block: number): Span | null {
  const sentence = sentenceOf(scan, block, pos);
  if (!sentence) return null;
  const before = sentenceBefore(scan, block, sentence);
  return { start: before ? before.start : sentence.start, end: pos };
}

// The singulars looked up per text: one search of the whole text per head, however many "they"s
// a long page of statements holds.
const singularWritten = new WeakMap<Scan, Map<string, boolean>>();

/** A plural verb follows the word somewhere, or its singular is written too ("Republican", "Millennial"). */
function takesPlural(scan: Scan, head: string, pluralHeads: ReadonlySet<string>): boolean {
  if (pluralHeads.has(head)) return true;
  let written = singularWritten.get(scan);
  if (!written) singularWritten.set(scan, (written = new Map()));
  let found = written.get(head);
  if (found === undefined) {
    const singular = head.slice(0, -1);
    found = new RegExp(`(?<![\\p{L}'\\u2019-])${escapeRegExp(singular)}(?![\\p{L}'\\u2019-])`, 'u').test(scan.text);
    written.set(head, found);
  }
  return found;
}

function opensSentence(scan: Scan, block: number, at: number): boolean {
  const sentence = sentenceOf(scan, block, at);
  return !!sentence && !/[\p{L}\p{N}]/u.test(scan.masked.slice(sentence.start, at));
}
