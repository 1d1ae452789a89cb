// The document a verb after it belongs to, for readers of a document's own verbs (document-standing.ts,
// ad-stance.ts): "The latest poll, published Tuesday, put …", "A Gazette poll this week has …", "The
// 60-second ad slams …", "a poll giving …". The noun phrase right before the verb, past a time or an
// aside set off by commas, headed by one of the reader's nouns.

import { afterOpening } from './clause';
import { documentSubject } from './document-subject';
import type { SpeakerRef } from './model';
import { MASK } from './quote-spans';
import type { Scan } from './scan';
import { readSpeaker } from './speaker-phrase';
import { nominalSpeaker } from './speaker-ref';

/** The determiners, modifiers and names of the document's phrase before the verb ("the new Gazette poll"). */
const NOUN_PHRASE = /(?:(?:a|an|the|new|recent|latest|several|two|three|some|internal|public|own|early|final|other|most|many|\p{Ll}+'s|\p{Ll}+\u2019s|[\p{Lu}\d][\p{L}\d./&'\u2019-]*|\p{Ll}+(?:al|ic|ive|ous|ary|ent|ant|ing))\s+){0,6}[\p{L}-]+$/u;
// Between the document and the verb: a time ("this week", "last month", "released Tuesday") or a
// phrase set off by commas ("The latest poll, published on Tuesday, put …").
const TIME_TAIL = /\s+(?:(?:this|last|earlier\s+this|late\s+last)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter)|(?:(?:released|published|out|taken|conducted)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:released|published|taken|conducted)\s+(?:this|last)\s+\p{Ll}+)$/u;
const COMMA_ASIDE = /,\s+[^,;:\uE000]{1,80},\s*$/;
/** The last word before a participle or a relative pronoun. */
const LAST_WORD = /(?:^|\s)(\p{L}+)$/u;
/** A clause of its own before the verb: a complementiser or a verb of finding or saying. */
const CLAUSE_INSIDE = /\b(?:that|show|shows|showed|find|finds|found|suggest|suggests|suggested|say|says|said)\b/;
/** A conjunction opening the sentence ("And every poll has …") is no part of the document's phrase. */
const OPENING_CONJUNCTION = /^(?:and|but|yet|so|or)\s+/i;

/**
 * The document whose verb is at `at`: the noun phrase right before it (past a time or an aside set
 * off by commas), or for a finite verb a document with a post-modifier opening the clause ("A
 * review by the harbour trust has …", document-subject.ts). A participle ("a poll giving …") hangs
 * on the noun right before it only.
 */
export function documentBefore(scan: Scan, sentenceStart: number, at: number, participle: boolean, nouns: ReadonlySet<string>): SpeakerRef | null {
  const { masked } = scan;
  let from = afterOpening(masked, sentenceStart, at);
  from += OPENING_CONJUNCTION.exec(masked.slice(from, at))?.[0].length ?? 0;
  let end = from + masked.slice(from, at).trimEnd().length;
  if (!participle) {
    const aside = COMMA_ASIDE.exec(masked.slice(from, end));
    if (aside) end -= aside[0].length;
    const time = TIME_TAIL.exec(masked.slice(from, end));
    if (time) end -= time[0].length;
  }
  // (The whole subject first, "The latest opinion poll", whose "opinion" the modifier pattern lacks.)
  const whole = participle ? null : readSpeaker(masked, from, end);
  if (whole && nouns.has(whole.head ?? '')) return asDocument(whole, scan.text);
  const lead = NOUN_PHRASE.exec(masked.slice(Math.max(from, end - 100), end));
  if (lead) {
    const speaker = readSpeaker(masked, end - lead[0].length, end);
    if (speaker && nouns.has(speaker.head ?? '')) return asDocument(speaker, scan.text);
  }
  if (participle) return barePlural(masked, end, nouns);
  // ("Projections in Germany show that the CDU has come out ahead": the verb of a clause the
  // document's own verb governs is no verb of the document's.)
  if (CLAUSE_INSIDE.test(masked.slice(from, at))) return null;
  const subject = documentSubject(masked, sentenceStart, at);
  return subject && nouns.has(subject.speaker.head ?? '') ? subject.speaker : null;
}

/** A phrase headed by the document's noun is the document; one the reader took for its owner ("a study from Northvale University") stays the owner. */
function asDocument(speaker: SpeakerRef, text: string): SpeakerRef {
  if (speaker.form !== 'nominal') return speaker;
  // ("The “No Comparison” ad": a title in quotation marks is masked in the text the reader reads; the
  // sheet prints it as written.)
  if (!speaker.text.includes(MASK)) return { ...speaker, kind: 'document' };
  return { ...speaker, kind: 'document', text: text.slice(speaker.start, speaker.end), modifiers: [] };
}

/** "television ads that slam …", "with polls giving …": a bare plural the phrase reader takes for no speaker. */
function barePlural(masked: string, end: number, nouns: ReadonlySet<string>): SpeakerRef | null {
  const word = LAST_WORD.exec(masked.slice(Math.max(0, end - 30), end));
  const noun = word?.[1]!.toLowerCase();
  if (!noun || !noun.endsWith('s') || !nouns.has(noun)) return null;
  return nominalSpeaker(word![1]!, end - word![1]!.length, end, 'document', noun);
}
