// "“We stay until the last boat,” she shrugs." / "“…,” Lind shared." / "“…,” comments Ada Lind,
// the harbour master.": a quotation that closes on a comma inside its marks hands the sentence over
// to its attribution, so the subject and the one verb that follow it (and end the sentence, or an
// apposition after an inverted subject) say who spoke, whatever the verb: manners of saying are an
// open class ("snaps", "laughs", "shrugs", "shared", "comments"). Only a subject that is a person (a
// personal pronoun, a person's name or description): "“…,” the tide turned." says nothing.

import type { SpeakerRef } from './model';
import { MASK } from './quote-spans';
import { readSpeaker } from './speaker-phrase';
import { IRREGULAR_PAST_FORMS } from './main-clause-subject';

/**
 * The subject (at most four words, no punctuation), one verb and an adverb in -ly at most, then the
 * sentence's end, a comma before the next quotation, or a comma before a participle clause that
 * goes on about the speaker ("“…,” he reflects, recalling the farm").
 */
const SUBJECT_VERB = new RegExp(String.raw`^\s*((?:[^\s${MASK},.;:!?]+\s+){0,3}?[^\s${MASK},.;:!?]+)\s+(\p{Ll}+)(?:\s+\p{Ll}+ly)?\s*(?:[.!?]|,\s*${MASK}|,\s+\p{Ll}{2,}ing\s|$)`, 'u');
/** The inverted order: a verb in -s, then a name (capitalised words) ending the sentence or followed by its apposition. */
const VERB_SUBJECT = new RegExp(String.raw`^\s*(\p{Ll}+[^su\W]s)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s*(?:[.!?,]|$)`, 'u');
/** A finite verb's shape: "-s" (not "-ss", "-us"), "-ed", or a common irregular past. */
const FINITE = /^(?:\p{Ll}+[^su\W]s|\p{Ll}+ed)$/u;

export interface Handover {
  speaker: SpeakerRef;
  cue: string;
  cueStart: number;
}

/**
 * The attribution after a quotation ending `quoted` (its inner text), read from `masked` at `end`
 * (the closing mark's end); null unless the passage closes on a comma and a person and a verb follow.
 */
export function commaHandover(text: string, masked: string, quoted: string, end: number): Handover | null {
  if (!/,\s*$/.test(quoted)) return null;
  const inverted = VERB_SUBJECT.exec(masked.slice(end, end + 120));
  if (inverted) {
    const at = end + inverted[0].indexOf(inverted[2]!, inverted[1]!.length);
    const speaker = readSpeaker(text, at, at + inverted[2]!.length);
    if (speaker?.form === 'name' && speaker.kind === 'person') return { speaker, cue: inverted[1]!, cueStart: end + inverted[0].indexOf(inverted[1]!) };
  }
  const m = SUBJECT_VERB.exec(masked.slice(end, end + 120));
  if (!m) return null;
  const verb = m[2]!;
  if (!FINITE.test(verb) && !IRREGULAR_PAST_FORMS.test(verb)) return null;
  const at = end + m[0].indexOf(m[1]!);
  const speaker = readSpeaker(text, at, at + m[1]!.length);
  if (!speaker || !isPerson(speaker)) return null;
  return { speaker, cue: verb, cueStart: end + m[0].indexOf(verb, m[0].indexOf(m[1]!) + m[1]!.length) };
}

function isPerson(speaker: SpeakerRef): boolean {
  if (speaker.form === 'pronoun') return speaker.kind === 'person';
  return speaker.kind === 'person' || (speaker.form === 'name' && speaker.kind !== 'organization' && speaker.kind !== 'document' && /^\p{Lu}/u.test(speaker.text));
}
