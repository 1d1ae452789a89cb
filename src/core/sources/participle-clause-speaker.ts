// A reader that takes the words before a cue as its subject may take a participle clause instead of
// a noun phrase: "…, echoing security experts who say", "…, requiring state and local police to
// tell", "Entrusting Donald Trump with our future is risky. … He has suggested". The -ing word is a
// verb there and its object no subject of the cue: no one speaks, unless a relative clause opens on
// the object ("echoing security experts who say …"), whose antecedent, the object, is the speaker.
// Told by shape: the -ing word opens the phrase right after a comma (a participle clause hung on
// the sentence before it), or opens a sentence before an object that a verb takes (a determiner, a
// number, a name). A name that ends in -ing ("Wyoming Republicans", "Morning Consult") keeps its
// capital inside sentences too, so a capitalised -ing word the text capitalises elsewhere stays.

import type { SpeakerRef } from './model';
import { opensSentence } from './ordinary-words';
import { readSpeaker, tokenize } from './speaker-phrase';
import { genderOfGivenName } from './gender';

/**
 * A participle: a word in -ing of at least five letters ("echoing", "Boasting"; not "king", "sing").
 * ("something" of "…, something many Republicans say" reads the same way: a word before the clause
 * whose subject speaks.)
 */
const PARTICIPLE = /^\p{L}[\p{Ll}-]{2,}ing$/u;
/** What an -ing word before it makes an adjective or a noun, not a verb: "a growing number of", "polling of". */
const NOT_AN_OBJECT = /^(?:number|numbers|of|and|or|to|in|on|at|for|by|with)$/i;
/** Words that open a verb's object at a sentence's start: determiners, possessives, numbers. */
const OBJECT_OPENER = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|many|all|several|every|each|\d[\d,.]*)$/i;
/** A complementiser inside the clause: what follows it is a reported clause's subject. */
const THAT = /^(?:that|why|how|whether)$/i;
const COMMA_BEFORE = /,\s*$/;

export type ParticipleReading = { kind: 'none' } | { kind: 'drop' } | { kind: 'object'; speaker: SpeakerRef };

/** Whether the text capitalises `word` inside a sentence somewhere (after a lower-case word or a comma). */
function capitalisedInside(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    let i = at - 1;
    while (i >= 0 && text[i] === ' ') i--;
    if (i === at - 1 || i < 0) continue;
    const before = text[i]!;
    if (before === ',' || (before !== before.toUpperCase() && /\p{L}/u.test(before))) return true;
  }
  return false;
}

/**
 * How to read a speaker phrase that may be a participle clause: 'none' when it is no such clause,
 * 'drop' when the clause names no speaker, 'object' with the object's reading when a relative clause
 * after it makes the object the speaker.
 */
export function readParticipleClause(ref: SpeakerRef, text: string): ParticipleReading {
  if (ref.form === 'pronoun') return { kind: 'none' };
  // (The phrase as printed: a reader may have let its span run on past it, "the Post, from obtaining …".)
  const end = text.startsWith(ref.text, ref.start) ? ref.start + ref.text.trimEnd().length : ref.end;
  const tokens = tokenize(text.slice(ref.start, end), ref.start);
  if (tokens.length < 2) return { kind: 'none' };
  const [verb, next] = [tokens[0]!, tokens[1]!];
  if (!PARTICIPLE.test(verb.text) || NOT_AN_OBJECT.test(next.text)) return { kind: 'none' };
  const lowerCase = /^\p{Ll}/u.test(verb.text);
  if (lowerCase) {
    // (Only hung on a clause by a comma: after a determiner, "the leading candidates", it is an adjective.)
    if (!COMMA_BEFORE.test(text.slice(Math.max(0, verb.start - 3), verb.start))) return { kind: 'none' };
  } else {
    if (!opensSentence(text, verb.start) || genderOfGivenName(verb.text) !== null) return { kind: 'none' };
    // (A verb before its object: "Entrusting Donald Trump", "Boasting 108,000 residents"; not "Voting rights advocates".)
    if (!OBJECT_OPENER.test(next.text) && !/^\p{Lu}/u.test(next.text)) return { kind: 'none' };
    if (capitalisedInside(text, verb.text)) return { kind: 'none' };
  }
  // (The clause's object, or the subject of a clause it reports, "saying Clinton committed", is the one
  // the cue is told of: "…, including Gov. Smith, hoping", "echoing experts who say".)
  let from = 1;
  for (let i = tokens.length - 2; i >= 1; i--) if (THAT.test(tokens[i]!.text)) { from = i + 1; break; }
  const object = readSpeaker(text, tokens[from]!.start, end);
  if (object && object.form !== 'pronoun') return { kind: 'object', speaker: object };
  return { kind: 'drop' };
}
