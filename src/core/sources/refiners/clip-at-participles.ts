// A content ends where a participle of saying or stance takes up the same subject: "Cruz weighed in
// on the allegations, calling the behavior a fireable offense", "Her mother refused to teach him
// Japanese, insisting that he was American". The parsers read the first cue's content to its
// clause's end, so it swallows the participle and what that one says; when a parser has read the
// participle as a cue of its own, by the same speaker, the first content stops at the comma before it.
// After a content that is a clause of its own ("said she has focused on the county, addressing
// homelessness …") the participle may hang on that clause's verb, so such a content is left whole.
// What is left may be only a prepositional phrase ("confessed to the theft, admitting that …",
// "responded on Twitter, calling …"): the participle carries what was said, and that attribution goes.

import { NAMING_CUES } from '../lexicon';
import { wordCount } from '../quote-spans';
import type { Attribution } from '../model';
import type { Scan } from '../scan';
import { attributionsByBlock } from './block-attributions';

/** Just a comma between the first content and the participle. */
const COMMA_BEFORE = /,\s*$/;
const MIN_WORDS = 1;

export function clipAtParticiples(scan: Scan): void {
  const onlyPhrases = new Set<Attribution>();
  for (const list of attributionsByBlock(scan.found)) {
    for (const a of list) {
      // Only a content read forward from its cue, as printed.
      if (a.direct || !a.speaker || a.cueStart >= a.start || a.text !== scan.text.slice(a.start, a.end)) continue;
      // ("said that …": the content is a clause.)
      if (/\sthat\s*$/.test(scan.masked.slice(a.cueStart, a.start))) continue;
      let end = a.end;
      for (const b of list) {
        // (A quotation counts when a naming participle frames it: ", calling him a “loser.”".)
        if (b === a || b.direct && !NAMING_CUES.has(b.cue ?? '') || !b.cue || !sameSpeaker(a, b)) continue;
        if (b.cueStart <= a.start || b.cueStart >= end || b.start < b.cueStart) continue;
        if (!/^\p{Ll}+ing\b/u.test(b.cue)) continue;
        const lead = COMMA_BEFORE.exec(scan.masked.slice(Math.max(a.start, b.cueStart - 8), b.cueStart));
        if (!lead) continue;
        const cut = b.cueStart - lead[0].length;
        if (hasOwnVerb(scan.masked.slice(a.start, cut), infinitiveOpens(scan.masked, a.start))) continue;
        if (wordCount(scan.text.slice(a.start, cut), MIN_WORDS) >= MIN_WORDS) end = cut;
      }
      if (end === a.end) continue;
      a.end = end;
      a.text = scan.text.slice(a.start, end);
      if (PREPOSITIONAL_PHRASE.test(a.text)) onlyPhrases.add(a);
    }
  }
  if (onlyPhrases.size) scan.found.splice(0, scan.found.length, ...scan.found.filter((a) => !onlyPhrases.has(a)));
}

/** A preposition before a noun phrase ("to the theft", "on Twitter"), not an infinitive ("to build"). */
const PREPOSITIONAL_PHRASE = /^(?:on|in|at|with|via|through|from|during|to)\s+(?:the|a|an|his|her|its|their|our|\p{Lu})/u;

/** The participle shares the first cue's subject: the same phrase, or the same words for it. */
function sameSpeaker(a: { speaker: { start: number; text: string } | null }, b: { speaker: { start: number; text: string } | null }): boolean {
  if (!a.speaker || !b.speaker) return false;
  return a.speaker.start === b.speaker.start || a.speaker.text === b.speaker.text;
}

const SUBJECT_PRONOUN = /^(?:he|she|they|it|we|i|you|there)$/i;
const FINITE = /^(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|should|may|might|must)$/;

/** Whether the words hold a clause with its own finite verb, not just an object or an infinitive. */
function hasOwnVerb(words: string, infinitive: boolean): boolean {
  const list = words.match(/\p{L}+/gu) ?? [];
  if (list.length && SUBJECT_PRONOUN.test(list[0]!)) return true;
  // ("looking to do much the same", "wants to have a say": the infinitive's own verb is no finite one.)
  return list.some((w, i) => FINITE.test(w) && !(infinitive && i === 0));
}

/** A content that opens right after "to" ("plans to", "looking to") is an infinitive phrase. */
function infinitiveOpens(masked: string, start: number): boolean {
  return /\bto\s+$/i.test(masked.slice(Math.max(0, start - 4), start));
}
