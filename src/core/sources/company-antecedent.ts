// "the company said" when no company has spoken yet: the company the article has just named. A
// reader knows a name for a company by what the article writes of it: a founder or a chief executive
// ("Tidewire co-founder Ann Lee", "Skerry CEO Ola Vik"), shares, shareholders, a headquarters
// ("Tidewire's shares fell"). Of the names so marked, the one the text writes last before the
// description, within its paragraph and the few before it, is the company it means.
//
// Linear: one pass over the text for the marked names (cached per text), then one search per
// description over a bounded stretch before it.

import { escapeRegExp } from '../text/escape-regexp';
import { genderOfGivenName } from './gender';
import { FUNCTION_CAPS, NAME_TITLES } from './lexicon';

/** A capitalised name (up to three words), then a founder, a chief executive or what only a company has. */
// (What it owns only after a possessive: "Ola Vik shares her view" is a verb.)
const MARKED = /(?<![\p{L}\p{N}'\u2019-])(\p{Lu}[\p{L}\p{N}&.-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&.-]*){0,2})(?:(?:['\u2019]s?)?[ \t]+(?:(?:[Cc]o-?)?[Ff]ounder|[Cc]ofounder|CEO|CFO|[Cc]hief[ \t]+[Ee]xecutive)|['\u2019]s?[ \t]+(?:shares|stock|shareholders|headquarters))(?![\p{L}])/gu;
/** The heads of a company's description: "the company", "the firm". */
const COMPANY_HEADS = new Set(['company', 'firm']);
/** Characters looked back over from the description: a few paragraphs of news. */
const REACH = 1500;
const MAX_NAMES = 50;

const namesByText = new Map<string, string[]>();

/** The company `head` ("company", "firm") stands for at `pos`: the marked name written last within reach, or null. */
export function companyNamedBefore(text: string, pos: number, head: string): string | null {
  if (!COMPANY_HEADS.has(head)) return null;
  const names = companyNames(text);
  if (!names.length) return null;
  const from = Math.max(0, pos - REACH);
  const stretch = text.slice(from, pos);
  let best: string | null = null;
  let bestAt = -1;
  for (const name of names) {
    const at = lastWholeWord(stretch, name);
    if (at > bestAt) { best = name; bestAt = at; }
  }
  return best;
}

/** Every name the text marks as a company's, in the order first met. */
function companyNames(text: string): string[] {
  let names = namesByText.get(text);
  if (names) return names;
  names = [];
  MARKED.lastIndex = 0;
  for (let m = MARKED.exec(text); m && names.length < MAX_NAMES; m = MARKED.exec(text)) {
    const words = m[1]!.split(/\s+/);
    // ("The Tidewire CEO": the article opens the run; "Former CEO": a title is no company.)
    while (words.length && FUNCTION_CAPS.has(words[0]!.toLowerCase())) words.shift();
    if (!words.length || words.some((w) => NAME_TITLES.has(w.toLowerCase().replace(/\.$/, '')))) continue;
    // ("Ann Lee's shares": a person's.)
    if (genderOfGivenName(words[0]!) !== null) continue;
    const name = words.join(' ');
    if (!names.includes(name)) names.push(name);
  }
  // (One text at a time is analysed: keep the last only.)
  namesByText.clear();
  namesByText.set(text, names);
  return names;
}

/** Where `name` last occurs as whole words in `stretch`, or -1. */
function lastWholeWord(stretch: string, name: string): number {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
  let last = -1;
  for (const m of stretch.matchAll(pattern)) last = m.index;
  return last;
}
