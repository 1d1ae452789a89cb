// Verbs of sending a message ("emailed", "texted") take the person sent to as their first object,
// and the thing sent as the second: "emailed supporters a plea to give" sent "a plea to give", and
// "emailed the secretary of state in December" sent nothing the sentence reports. A reader that
// takes everything after the verb as what was said would make the recipient the content; the
// readers (reporting-verb.ts, attitude.ts) pass their content through here as they make it, the
// way reporting-verb.ts skips the person after "told": the thing sent stays the content; with
// nothing sent but a time or a place, there is no content, and no attribution.
//
// "Tweeted at the referee on Sunday" is the same shape: the post's target, no content.
//
// (Only these verbs: "told" skips its own object in reporting-verb.ts, "wrote to" is read the same
// way there, and "sent" mostly has the thing first, "sent a letter to X". A quotation is what was
// sent, whatever precedes it: the readers here make no direct quotes.)

import type { Span } from '../types';
import { ORG_NOUNS, PERSON_NOUNS } from './lexicon';

const SEND_VERB = /^(?:e-?mailed|texted|messaged|faxed)$/i;
/** "tweeted at the referee": a post aimed at someone, whose words are elsewhere or nowhere. */
const AIMED_VERB = /^(?:tweeted|posted)$/i;
/** Verbs of telling, whose first object is the one told: "would have to tell Obama." told nothing the
 * sentence reports; "informed the board that …" told the clause, and so did "assured her father
 * that …" and "reminded voters that …". */
const TELLING_VERB = /^(?:tell|tells|told|telling|inform|informs|informed|informing|notify|notifies|notified|notifying|(?:re)?assure|(?:re)?assures|(?:re)?assured|(?:re)?assuring|remind|reminds|reminded|reminding)$/i;
/** A "that" right after the one told: the clause it opens is what was told. */
const THAT_AFTER = /^,?\s+that\s+(?=\S)/;
/** "wrote to the governor": a letter sent to someone; what it said comes after, if anywhere. */
const WRITTEN_TO_VERB = /^(?:wrote|writes|write)$/i;
/** The recipient's apposition: ", a Democrat,", ", the committee's chair,". */
const APPOSITION = /^,\s+(?:a|an|the|his|her|their|its)\s[^,;:\u201C\u201D"]{1,60},/;
/** What makes the words after a letter's recipient a thing said: a topic ("about"), a clause, a
 * question, a purpose, or the words themselves (a quotation, a colon); a participle clause after
 * a comma ("…, seeking dismissal of the charges") says what the letter sought, and its verb needs
 * the letter's writer as its subject. */
const SAID_AFTER_LETTER = /,\s+\p{Ll}+ing\s|(?:^|\s)(?:about|that|whether|if|to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|these|those|be)\s)\p{Ll}+|saying|asking|urging|calling|demanding|requesting)\s|[:\u201C\u2018"]/u;
/** A described recipient: "the then secretary of state", "supporters", "her aides". */
const DESCRIBED = /^(?:(?:the|his|her|their|its|our|my|your|some|several|all)\s+)?(?:(?:then|former|top|senior|fellow|other)\s+)*(\p{Ll}+)(?:\s+of\s+state)?(?=\s|[.,;]|$)/u;
/** A named recipient: "Ms. Abedin", "Cheryl D. Mills". */
const NAMED = /^(?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.\s+)?\p{Lu}\p{Ll}[\p{L}'\u2019-]*(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll}[\p{L}'\u2019-]*)*(?=\s|[.,;]|$)/u;
/** A pronoun object ("her" is left: "emailed her condolences" is a possessive). */
const PRONOUN = /^(?:him|them|me|us)(?=\s|[.,;]|$)/;
/** What only says when or where: "in December 2011", "on Friday", "late last night". */
const ADJUNCT_ONLY = /^(?:(?:in|on|at|during|after|before|around|from|last|this|early|late|earlier|later|yesterday|today|overnight)(?:\s+[\p{L}\d,]+){0,4})?\s*[.,;]?$/u;
/** A participle clause closing the content: ", informing her of the loss". */
const PARTICIPLE_CLAUSE = /,\s+\p{Ll}+ing\s[\s\S]*$/u;
/** Words an adjunct never holds: a clause or a purpose follows ("… in May that the pier …"). */
const CLAUSE_WORD = /\b(?:that|to|saying|asking|about|for|with|and|but)\b/;
/** The thing sent opens with a determiner: "a plea", "the list", "his regrets". */
const THING = /^(?:a|an|the|his|their|its|our|my|your|this|these|those|some|several|\d+)\s/;

/** The recipients' length at the content's start ("Ms. Reyes and her deputy"), or 0. */
function recipientLength(content: string): number {
  const first = oneRecipient(content);
  if (!first) return 0;
  const joined = /^\s+and\s+/.exec(content.slice(first));
  const second = joined ? oneRecipient(content.slice(first + joined[0].length)) : 0;
  return second ? first + joined![0].length + second : first;
}

/** One recipient's length at the content's start, or 0. */
function oneRecipient(content: string): number {
  const described = DESCRIBED.exec(content);
  if (described && (PERSON_NOUNS.has(described[1]!) || (described[1]!.endsWith('s') && PERSON_NOUNS.has(described[1]!.slice(0, -1))))) {
    return described[0].length;
  }
  return (NAMED.exec(content) ?? PRONOUN.exec(content))?.[0].length || bodyLength(content);
}

/** A body told or sent to: "the harbour board", "its ethics committee" (one modifier at most:
 * "her position remains firm" is a clause, whatever "firm" may name). */
const BODY = /^(?:the|his|her|their|its|our|my|your)((?:\s+[\p{Ll}-]+){1,2})(?=\s|[.,;]|$)/u;

/** The length of a described body at the content's start ("the harbour board"), or 0. */
function bodyLength(content: string): number {
  const m = BODY.exec(content);
  if (!m) return 0;
  const words = m[1]!.trim().split(/\s+/);
  // (The first word that is a body's noun ends it: "the board members" is people, read above.)
  for (let i = 0; i < words.length; i++) {
    if (!ORG_NOUNS.has(words[i]!)) continue;
    if (i + 1 < words.length && !/^(?:that|in|on|at|during|last|this)$/.test(words[i + 1]!)) return 0;
    return m[0].length - m[1]!.length + m[1]!.split(/(?<=\S)(?=\s)/).slice(0, i + 1).join('').length;
  }
  return 0;
}

/**
 * The content of an "emailed"-like cue without its recipient: the thing sent, or null when nothing
 * was sent but a time or a place. Other cues' contents come back as they are.
 */
export function withoutRecipient(cueWord: string, text: string, content: Span): Span | null {
  const said = text.slice(content.start, content.end);
  if (WRITTEN_TO_VERB.test(cueWord)) return letterContent(said) ? content : null;
  if (TELLING_VERB.test(cueWord)) return toldContent(said, content);
  const aimed = AIMED_VERB.test(cueWord) && /^at\s/.test(said);
  if (!aimed && !SEND_VERB.test(cueWord)) return content;
  const length = aimed ? (recipientLength(said.slice(3)) && recipientLength(said.slice(3)) + 3) : recipientLength(said);
  if (!length) return content;
  const rest = said.slice(length);
  // (A participle clause after a comma is read by its own cue, and clipped off later: "…
  // in December, informing her of …".)
  const thing = rest.replace(PARTICIPLE_CLAUSE, '').trim();
  if (ADJUNCT_ONLY.test(thing) && !CLAUSE_WORD.test(thing)) return null;
  if (aimed || !THING.test(thing)) return content;
  return { start: content.start + length + (rest.length - rest.trimStart().length), end: content.end };
}

/**
 * Whether "wrote to X …" says anything: without "to" and a recipient, whatever was written is the
 * content; after them, only a thing said is ("wrote to the governor about the fines", "wrote to
 * the board that …"), not the occasion ("wrote to Gov. Ruiz, a Democrat, on behalf of the
 * tenants": a letter whose words the sentence does not give).
 */
function letterContent(said: string): boolean {
  if (!/^to\s/.test(said)) return true;
  const length = recipientLength(said.slice(3));
  if (!length) return true;
  let rest = said.slice(3 + length);
  rest = rest.replace(APPOSITION, '');
  return SAID_AFTER_LETTER.test(rest);
}

/**
 * What "told X …" told: the clause after "X that", nothing when only a time or a place follows
 * the one told ("would have to tell Obama.", "told his aides in March"), else the content as read.
 */
function toldContent(said: string, content: Span): Span | null {
  const length = recipientLength(said);
  if (!length) return content;
  const rest = said.slice(length);
  const thing = rest.replace(PARTICIPLE_CLAUSE, '').trim();
  if (ADJUNCT_ONLY.test(thing) && !CLAUSE_WORD.test(thing)) return null;
  const that = THAT_AFTER.exec(rest);
  return that ? { start: content.start + length + that[0].length, end: content.end } : content;
}
