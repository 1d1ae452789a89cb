// "Trump turns attacks on …", "the email includes names and …": reading left from a cue that is a
// noun, the subject reader runs through the verb before it and takes "Trump turns", "email
// includes" as one description whose head is the verb. The verb belongs to the cue ("turns attacks
// on", "includes names"), and the subject is the words before it: then the usual checks apply to
// that subject (a thing, "the email", holds no view).
// The verb is told from a plural head by agreement, never by a list of words: its "-s" follows a
// singular word ("email", "Trump"), and the cue right after it ends in "-s" too ("attacks",
// "names"): a plural head takes no "-s" verb, so the "-s" word is the verb.
// (Not "Fed officials said", "Syrian hackers want": the cue agrees with a plural head. Nor a bare
// cue after a name, "Merkel deserves credit": "Syrian hackers want" has the same shape.)

import type { Cue } from './scan';
import type { SpeakerRef } from './model';
import { readSpeaker } from './speaker-phrase';

/** A third-person "-s" verb or a plural: "deserves", "pushes" (not "business", "status", "analysis", "news"). */
const S_FORM = /^\p{Ll}{2,}[^\Ws]s$/u;
const NOT_S_FORM = /(?:us|is|ics|news)$/;

/** The subject without its verb (null when the words before the verb read as no subject), and the cue with it. */
export interface VerbEnding { speaker: SpeakerRef | null; cue: Cue }

/**
 * Where a nominal subject's last word is the verb of its own clause, with the cue right after it:
 * the subject without that verb, and the cue with it. Null when the subject is a description.
 */
export function verbEndingSubject(text: string, speaker: SpeakerRef, cue: Cue): VerbEnding | null {
  if (speaker.form !== 'nominal' || speaker.kind !== 'other') return null;
  if (!/^\s+$/.test(text.slice(speaker.end, cue.start))) return null;
  const phrase = text.slice(speaker.start, speaker.end);
  const m = /(\S+)\s+(\S+)$/.exec(phrase);
  if (!m) return null;
  const before = m[1]!;
  const verb = m[2]!;
  if (!S_FORM.test(verb) || NOT_S_FORM.test(verb)) return null;
  const cueWord = cue.word.split(' ')[0]!;
  if (!S_FORM.test(cueWord) || NOT_S_FORM.test(cueWord) || /s$/.test(before)) return null;
  const verbStart = speaker.start + phrase.length - verb.length;
  const subjectEnd = speaker.start + phrase.slice(0, phrase.length - verb.length).trimEnd().length;
  // (A subject that reads as nothing without its verb, "Harbour law", still had the verb as its
  // head: the reading is dropped, not kept with "Harbour law bars" as its speaker.)
  return { speaker: readSpeaker(text, speaker.start, subjectEnd), cue: { start: verbStart, end: cue.end, word: `${verb} ${cue.word}` } };
}
