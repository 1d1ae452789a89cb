// "India’s embassy in Washington says …. The Embassy says in a statement …": a body described by its
// noun alone ("the embassy", "the ministry") when no body so described has spoken yet is the one the
// article has just named with an owner's possessive and that noun: "India’s embassy in Washington",
// "Vardby’s harbour office". The sheet then names the source as the article did, not "Embassy".
// The owner is a capitalised name of up to three words; a place or a body after "in", "at" or "of"
// stays with the name ("in Washington"). The one written last before the description, within a few
// paragraphs, is the one meant.

import { escapeRegExp } from '../../text/escape-regexp';

/**
 * "the company", "the firm": company-antecedent.ts reads those by what only a company has; an owner's
 * "parent company", "investment firm" is another company than the owner, and the one meant may be neither.
 */
const COMPANY_HEADS = new Set(['company', 'firm']);
/** Characters looked back over from the description: a few paragraphs of news. */
const REACH = 1000;
const OWNER = String.raw`\p{Lu}[\p{L}.-]*(?:[ \t]+\p{Lu}[\p{L}.-]*){0,2}`;
const PLACE = String.raw`(?:[ \t]+(?:in|at|of)[ \t]+\p{Lu}[\p{L}.-]*(?:[ \t]+\p{Lu}[\p{L}.-]*){0,2})?`;

/** The owned name of the body `head` stands for at `pos` in `masked` ("India’s embassy in Washington"), or null. */
export function ownedBodyBefore(masked: string, pos: number, head: string): string | null {
  if (!/^\p{Ll}+$/u.test(head) || COMPANY_HEADS.has(head)) return null;
  const from = Math.max(0, pos - REACH);
  const word = `[${head[0]}${head[0]!.toUpperCase()}]${escapeRegExp(head.slice(1))}`;
  const named = new RegExp(String.raw`(?<![\p{L}\p{N}'\u2019-])${OWNER}['\u2019]s[ \t]+(?:[\p{L}-]+[ \t]+)?${word}${PLACE}(?![\p{L}])`, 'gu');
  let last: string | null = null;
  for (const m of masked.slice(from, pos).matchAll(named)) last = m[0];
  // (The owner must be a name: "Its embassy", "Her ministry" are no owners the sheet can print.)
  return last && /^\p{Lu}/u.test(last) && !/^(?:its|his|her|their|our|my|your|the)\b/i.test(last) ? last : null;
}
