// "The suspect then phoned a friend of the mayor and said, “…”": a verb of saying coordinated after
// the first verb shares its subject, but the name readers (openingSubject) refuse a description, so
// a quotation after "and said," found no speaker when the sentence opens on "The suspect", "A
// neighbour", "The company". The description that opens the main clause with a finite verb after it
// (main-clause-subject.ts) is that subject, when it is no document and no second clause
// opens between it and the cue ("…, while Holt proposed a fee and said": coordinated-clause-subject.ts).

import { afterOpening, type Subject } from './clause';
import { mainClauseSubject } from './main-clause-subject';

/** A second clause between the subject and the cue: its own subject would be the speaker. */
const SECOND_CLAUSE = /[;\u2014\u2013]|,\s+(?:and|but|or|while|whereas|although|though|who|which|as|when|after|before|because)\s/;

/** Adverbs between a subject and its verb ("The suspect then contacted …"), blanked so the verb is read. */
const ADVERB = /(?<=\s)(?:then|later|also|again|allegedly|reportedly|apparently|subsequently|eventually|finally|immediately|quickly|briefly)(?=\s)/g;

/** The description that opens the sentence, for a verb of saying coordinated at `cue`. */
export function describedCoordinatedSubject(masked: string, sentenceStart: number, cue: number): Subject | null {
  // (Blanking keeps every offset where it was.)
  const plain = masked.slice(0, cue).replace(ADVERB, (adverb) => ' '.repeat(adverb.length));
  const found = mainClauseSubject(plain, afterOpening(plain, sentenceStart, cue), cue);
  // (A description of no known kind stays when definite, as the main-clause reader asks: "The suspect".)
  if (!found || found.speaker.form !== 'nominal' || found.speaker.kind === 'document') return null;
  if (SECOND_CLAUSE.test(plain.slice(found.speaker.end, cue))) return null;
  return found;
}
