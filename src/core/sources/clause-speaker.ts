// A reader that takes the words before a participle cue as its speaker may take a whole clause:
// "The port authority released a statement saying …" read as the speaker "port authority released a
// statement". The phrase then holds its own finite verb and that verb's object; the participle
// hangs on the object (the statement says, the ad shows), and the one who speaks is the clause's
// subject, the words before the verb. Told by shape: a lower-case verb in -ed, or "did"/"does"/
// "will" with "not", after a content word and before a determiner that opens its object.

import type { SpeakerRef } from './model';
import { CALENDAR_WORDS } from './lexicon';
import { readSpeaker, tokenize } from './speaker-phrase';

/** A finite verb's shape: a past form in -ed ("released", "issued"), or a do-auxiliary or modal and "not". */
const PAST = /^\p{Ll}{3,}ed$/u;
const AUXILIARY = /^(?:did|does|do|will|would|could|can)$/;
/** What opens the verb's object: "a statement", "an ad", "its report". */
const OBJECT_OPENER = /^(?:a|an|the|its|his|her|their|our|this|these)$/;
/** Words after which an -ed word is no verb of the subject: "the newly released", "who issued", "that was". */
const NOT_SUBJECT_END = /^(?:a|an|the|who|that|which|whom|whose|newly|recently|just|and|or|of|by|to|was|were|is|are|been|be|has|have|had)$/i;
/** A time phrase between the subject and its verb: "on Tuesday", "last week". */
const TIME_WORD = /^(?:on|last|this|earlier|late|early|week|month|year|morning|evening|night|afternoon)$/i;
/** A participle cue: "saying", "calling on", "asking for". */
const PARTICIPLE_CUE = /^\p{Ll}+ing\b/u;

/** The clause's subject when the phrase runs on through its verb and object before a participle cue. */
export function clauseSubject(ref: SpeakerRef, text: string, cue: string | null, cueStart: number): SpeakerRef | null {
  if (ref.form === 'pronoun' || !cue || !PARTICIPLE_CUE.test(cue)) return null;
  // (Only where the cue follows the phrase: the participle hangs on the phrase's last words.)
  if (cueStart < ref.end || !/^[\s,]*$/.test(text.slice(ref.end, cueStart))) return null;
  const tokens = tokenize(text.slice(ref.start, ref.end), ref.start);
  for (let i = 1; i < tokens.length - 1; i++) {
    const word = tokens[i]!.text;
    const next = tokens[i + 1]!.text;
    const finite = (PAST.test(word) && OBJECT_OPENER.test(next)) || (AUXILIARY.test(word) && next === 'not');
    if (!finite || NOT_SUBJECT_END.test(tokens[i - 1]!.text)) continue;
    let last = i - 1;
    while (last > 0 && (TIME_WORD.test(tokens[last]!.text) || CALENDAR_WORDS.has(tokens[last]!.text.toLowerCase()))) last--;
    const subject = readSpeaker(text, ref.start, tokens[last]!.end);
    return subject && subject.form !== 'pronoun' && subject.end <= tokens[i]!.start ? subject : null;
  }
  return null;
}
