// "It makes no difference who builds the pier, says Ada Lund of the harbour board, “if a team finds a
// way, it still has to follow the rules.”": a statement, an inverted attribution, then a quotation
// that goes on with the same speaker's words. The speaker is the phrase between the verb and the
// quotation (as in "…, said Jones."), not a subject before the verb, which is the statement's own.

import { subjectAfter, type Subject } from './clause';
import { lastNonSpace, type Cue } from './scan';
import { wordCount } from './quote-spans';

/** Verbs of saying that put their speaker after them: "…, says Lund", "…, explained Lund". */
export const INVERTING = /^(?:said|says|added|adds|explained|explains|wrote|writes|noted|notes|insisted|insists|warned|warns)$/;
/** The speaker's phrase, a short parenthesis ("(FDA)") the phrase reader leaves out, and the comma before the quotation. */
const PHRASE_THEN_COMMA = /^\s+[^,;:\uE000]{2,120}?,\s*$/;
const PARENTHESIS_THEN_COMMA = /^\s*(?:\([^()\uE000]{1,15}\))?\s*,\s*$/;

/** The speaker of a quotation at `quoteStart` after an inverted cue in its sentence, or null. */
export function invertedSpeakerThenQuote(masked: string, sentenceStart: number, cue: Cue, quoteStart: number): Subject | null {
  if (!INVERTING.test(cue.word) || lastNonSpace(masked, sentenceStart, cue.start) !== ',') return null;
  // (A statement before the comma, three words at least: "Sorry, says Lund, “…”" quotes all it says.)
  if (wordCount(masked.slice(sentenceStart, cue.start), 3) < 3) return null;
  if (!PHRASE_THEN_COMMA.test(masked.slice(cue.end, quoteStart))) return null;
  const found = subjectAfter(masked, cue.end, quoteStart);
  if (!found || found.speaker.form === 'pronoun' || found.speaker.kind === 'document') return null;
  return PARENTHESIS_THEN_COMMA.test(masked.slice(found.speaker.end, quoteStart)) ? found : null;
}
