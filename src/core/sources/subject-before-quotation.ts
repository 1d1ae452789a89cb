// "She is blunter about the budget. “We cannot keep every ferry.”": a quotation that is a sentence of
// its own, with no cue, right after a sentence whose subject is one person ("he", "she", or a name
// already heard speaking) goes on in that person's words. The writer has turned to the person and
// lets them speak. (A sentence about a group or a thing names no voice; a name never heard
// speaking may be anyone the story mentions, so only names of earlier speakers count.)

import type { SpeakerRef } from './model';
import { readSpeaker } from './speaker-phrase';

/** An opening the subject may follow: a coordinator, and an adverbial closed by a comma ("As we part, he …"). */
const OPENING = String.raw`(?:(?:And|But|So|Yet|Still|Then)\s+)?(?:[^,;:\u2014\u2013\uE000]{1,60},\s+)?`;
/** "He", "she" and the verb after it (a lower-case word, an adverb in -ly first at most). */
const PRONOUN_SUBJECT = new RegExp(String.raw`^${OPENING}(He|She|he|she)\s+(?:\p{Ll}+ly\s+)?\p{Ll}`, 'u');
/** A name of one to three capitalised words and a verb shaped as finite: "Lind is unmoved.", "Ada Lind shrugs." */
const NAME_SUBJECT = new RegExp(String.raw`^${OPENING}((?:\p{Lu}[\p{L}'\u2019-]+\s+){0,2}\p{Lu}[\p{L}'\u2019-]+)\s+(?:is|was|has|had|remains|remained|seems|seemed|looks|looked|\p{Ll}+[^s\W]s|\p{Ll}+ed)\b`, 'u');

/**
 * The person the sentence from `start` to `end` is about, as a speaker (`masked`: the text with its
 * quotations blanked out); `earlierSpeakerNames` are the last words of names already heard speaking ("Lind").
 */
export function subjectBeforeQuotation(text: string, masked: string, start: number, end: number, earlierSpeakerNames: ReadonlySet<string>): SpeakerRef | null {
  const sentence = masked.slice(start, end);
  const pronoun = PRONOUN_SUBJECT.exec(sentence);
  if (pronoun) {
    const at = start + pronoun[0].lastIndexOf(pronoun[1]!, pronoun[0].length - 1);
    return readSpeaker(text, at, at + pronoun[1]!.length);
  }
  const name = NAME_SUBJECT.exec(sentence);
  if (!name) return null;
  const words = name[1]!.split(/\s+/);
  if (!earlierSpeakerNames.has(words[words.length - 1]!)) return null;
  const at = start + name[0].indexOf(name[1]!);
  const ref = readSpeaker(text, at, at + name[1]!.length);
  return ref?.form === 'name' ? ref : null;
}
