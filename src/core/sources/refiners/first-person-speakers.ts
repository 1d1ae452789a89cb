// A speaker who says "I" is a person. A one-word name the refiners could not place ("Alden", "Lute"
// in a story: no title, no given name, no description) is left an organisation or "other"; but a
// body speaks as "we", and a direct quotation in which the speaker says "I", "me" or "my" is a
// person's words (a spokesperson speaking for a body is named as a person anyway). The evidence
// gives way to strong signs of a body: an acronym ("NASA"), a name with
// digits or inner capitals ("YouTube"), a company's full name that the text writes out ("Hachette
// Book Group" for "Hachette", whose quoted "worries me" is a misread tweet), or quotations that speak as "we" as often as "I".
// The sheet's label only: run after the quote check, whose features read the kinds as coreference
// left them (as plural-groups.ts and bareNounsAsAnonymous are).

import { escapeRegExp } from '../../text/escape-regexp';
import type { Attribution, Entity } from '../model';

/** A quotation inside the quotation: a title or a phrase quoted by the speaker ("I Am Here"). */
const INNER_QUOTE = /“[^“”]{0,300}”|"[^"]{0,300}"|(?<![\p{L}\p{N}])‘[^‘’]{0,300}’(?![\p{L}])/gu;
/**
 * The pronoun "I" as a word of prose: not after a capitalised word inside a name ("World War I",
 * "the Part I exam"; "Then I" opening a sentence is prose),
 * followed by a contraction, a lower-case word or a stop, never by another capitalised word (a title).
 */
const SINGULAR = /(?<![\p{L}\p{N}'’.-])(?:(?<![\p{L},;]\s+\p{Lu}\p{Ll}*\s+)I(?:['’](?:m|ve|d|ll)\b|(?=\s+\p{Ll})|(?=\s*[,.!?;:—–…]))|(?:[Mm]e|[Mm]y|[Mm]yself|[Mm]ine)(?![\p{L}'’-]))/u;
const PLURAL = /(?<![\p{L}\p{N}'’-])(?:[Ww]e|[Uu]s|[Oo]ur|[Oo]urs|[Oo]urselves)(?![\p{L}'’-])|\b[Ww]e['’](?:re|ve|d|ll)\b/u;
/** A name that reads as a body's however its speaker talks. */
const BODY_SHAPE = /^\p{Lu}{2,}s?$|\p{N}|^\p{Lu}\p{Ll}+\p{Lu}|[&@]|\.(?:com|org|net|io)$/u;
/**
 * Endings of a company's full name: the article writing "Skerrvik Ferry Group" or "Skerrvik Inc."
 * shows the one word is the company's short name. (Not "Foundation", "Campaign", "Organization":
 * "the Lund Foundation" and "the Lund campaign" are a person's.)
 */
const CORPORATE_END = String.raw`(?:\s+\p{Lu}[\p{L}&'’-]*)?\s+(?:Group|Inc|Corp|Corporation|Ltd|LLC|PLC|Co|Company|Holdings|Industries|Publishing|Books|Press|Pictures|Studios|Media|Airlines|Motors|Systems|Technologies|Labs|Bank)\b`;
/** Kinds a one-word speaker may have been given for want of evidence. */
const UNPLACED = new Set(['organization', 'other']);

/** Whether a quotation's own words (inner quotations left out) speak as "I" / as "we". */
export function speaksAs(text: string): { singular: boolean; plural: boolean } {
  const own = text.replace(INNER_QUOTE, ' ');
  return { singular: SINGULAR.test(own), plural: PLURAL.test(own) };
}

/** Relabels one-word organisation or "other" speakers whose direct quotations speak as "I". */
export function firstPersonSpeakersAsPersons(entities: Entity[], quotes: readonly Attribution[], text: string): void {
  const counts = new Map<number, { singular: number; plural: number }>();
  for (const a of quotes) {
    if (!a.direct || a.entity === undefined) continue;
    const e = entities[a.entity];
    if (!e || !isUnplacedName(e)) continue;
    const { singular, plural } = speaksAs(a.text);
    const c = counts.get(a.entity) ?? { singular: 0, plural: 0 };
    if (singular) c.singular++;
    if (plural) c.plural++;
    counts.set(a.entity, c);
  }
  for (const [index, c] of counts) {
    if (c.singular <= c.plural) continue;
    const e = entities[index]!;
    if (!new RegExp(`(?<![\\p{L}])${escapeRegExp(e.names[0]!)}${CORPORATE_END}`, 'u').test(text)) e.kind = 'person';
  }
}

function isUnplacedName(e: Entity): boolean {
  if (e.mergedInto !== undefined || !UNPLACED.has(e.kind) || e.names.length !== 1) return false;
  const name = e.names[0]!;
  return /^\p{Lu}[\p{L}'’-]*$/u.test(name) && !BODY_SHAPE.test(name);
}
