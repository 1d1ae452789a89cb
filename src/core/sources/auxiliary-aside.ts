// A sentence adverb set between commas after an auxiliary, before the verb of saying: "The
// federation did, however, admit that …", "the ministry has, meanwhile, said …". The aside only links
// the sentence to the one before; the auxiliary and its subject are the verb's as they are without it
// ("did admit that …"). Read as the end of the subject phrase, the comma left the cue with no subject.

import { SENTENCE_ADVERB } from './adjunct-before-quote';

const AUXILIARY = String.raw`(?:do|does|did|has|have|had|is|are|was|were|will|would|could|can|may|might|must|should)`;
const AUXILIARY_ASIDE = new RegExp(String.raw`\s${AUXILIARY}(\s*,\s*${SENTENCE_ADVERB}\s*,\s*)$`, 'iu');

/**
 * Where the aside starts when `text` from `lo` to `end` ends in an auxiliary, a comma, a sentence
 * adverb and a comma; -1 otherwise.
 */
export function auxiliaryAsideStart(text: string, lo: number, end: number): number {
  const m = AUXILIARY_ASIDE.exec(text.slice(lo, end));
  return m ? end - m[1]!.length : -1;
}
