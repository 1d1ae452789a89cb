// The writer's own work. "our data suggests …", "our survey revealed …", "according to our
// forecasts": outside any quotation, a first-person possessive is the writer's, as the writer's own
// "I" and "we" are (narrator-pronoun.ts), and a report, survey or forecast it owns is the page's own
// work. The page's author and publisher are no source unless cited as such (the kit's guideline), and
// neither is what they made. Inside a quotation ("Our own analysis shows …," the spokesman said) the
// possessive is the quoted speaker's, and the document stays theirs. Only documents: "my relatives",
// "our neighbours" are people the writer knows, who speak for themselves.

import type { Scan } from '../scan';
import type { SpeakerRef } from '../model';
import { DOCUMENT_NOUNS } from '../lexicon';
import { inNarration } from './narrator-pronoun';

/** "our data", "my own survey", "our latest forecasts": a first-person possessive, up to two modifiers, a head. */
const OWNED_PHRASE = /^(?:our|my)\s+(?:own\s+)?(?:[\p{Ll}\d-]+\s+){0,2}?(\p{Ll}+)$/iu;

/** Whether the speaker phrase is a document of the writer's own, in the writer's narration. */
export function isWritersOwnWork(scan: Scan, ref: SpeakerRef, block: number): boolean {
  if (ref.form === 'pronoun') return false;
  const head = OWNED_PHRASE.exec(ref.text.trim())?.[1]?.toLowerCase();
  if (!head || !(DOCUMENT_NOUNS.has(head) || DOCUMENT_NOUNS.has(head.replace(/s$/, '')))) return false;
  return inNarration(scan, ref.start, block);
}
