// "The suspect then phoned a friend of the mayor and said, “…”": a verb of saying coordinated after
// the first verb shares its subject, but the name readers (openingSubject) refuse a description, so
// a quotation after "and said," found no speaker when the sentence opens on "The suspect", "A
// neighbour", "The company". The description that opens the main clause with a finite verb after it
// (main-clause-subject.ts) is that subject, when it is no document and no second clause
// opens between it and the cue ("…, while Holt proposed a fee and said": coordinated-clause-subject.ts).
// After an opening subordinate clause ("When Vik, the harbour master, was asked …, he laughed and said")
// the main clause's pronoun is the subject, never a description inside the subordinate clause.

import { afterOpening, type Subject } from './clause';
import { mainClauseSubject } from './main-clause-subject';
import { readSpeaker } from './speaker-phrase';

/** A second clause between the subject and the cue: its own subject would be the speaker ("…, he laughed and said"). */
const SECOND_CLAUSE = /[;\u2014\u2013]|,\s+(?:and|but|or|while|whereas|although|though|who|which|as|when|after|before|because|he|she|they|we|i|it)\s/i;
/** A subordinate clause opening the sentence: a description in it is that clause's subject, not the main one's
 * ("When Mook, the campaign manager, was asked …, he laughed and said"). */
const SUBORDINATE_OPENING = /^\s*(?:when|while|after|before|if|as|because|although|though|since|once|until|unless|whereas)\b/i;

/** Adverbs between a subject and its verb ("The suspect then contacted …"), blanked so the verb is read. */
const ADVERB = /(?<=\s)(?:then|later|also|again|allegedly|reportedly|apparently|subsequently|eventually|finally|immediately|quickly|briefly)(?=\s)/g;

/** The description that opens the sentence, for a verb of saying coordinated at `cue`. */
export function describedCoordinatedSubject(masked: string, sentenceStart: number, cue: number): Subject | null {
  if (SUBORDINATE_OPENING.test(masked.slice(afterOpening(masked, sentenceStart, cue), cue))) return pronounAfterSubordinate(masked, sentenceStart, cue);
  // (Blanking keeps every offset where it was.)
  const plain = masked.slice(0, cue).replace(ADVERB, (adverb) => ' '.repeat(adverb.length));
  const found = mainClauseSubject(plain, afterOpening(plain, sentenceStart, cue), cue);
  // (A description of no known kind stays when definite, as the main-clause reader asks: "The suspect".)
  if (!found || found.speaker.form !== 'nominal' || found.speaker.kind === 'document') return null;
  if (SECOND_CLAUSE.test(plain.slice(found.speaker.end, cue))) return null;
  return found;
}

/** After the opening subordinate clause's comma, a personal pronoun and its verb open the main clause. */
const MAIN_PRONOUN = /,\s+(he|she|they|we)\s+(?:\w+ly\s+)?\p{Ll}[^,;:\uE000]*$/u;

/** "When …, he laughed and said": the pronoun that opens the main clause, or nothing. */
function pronounAfterSubordinate(masked: string, sentenceStart: number, cue: number): Subject | null {
  const head = masked.slice(sentenceStart, cue);
  const m = MAIN_PRONOUN.exec(head);
  if (!m) return null;
  const start = sentenceStart + m.index + m[0].indexOf(m[1]!, 1);
  const speaker = readSpeaker(masked, start, start + m[1]!.length);
  return speaker ? { speaker, phraseStart: start } : null;
}
