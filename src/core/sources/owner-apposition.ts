// "A 2022 survey from Lakewatch, a data startup, finds that …", "A study by the Harbour Fund, a
// charity in Oslo, said …": a document read with its owner after "by" or "from" ("published by",
// "conducted by" too), then a description between commas. The description is the owner's (a
// startup, a charity), and the document, so the owner, is the subject of the verb after it. Other
// names after a preposition stay objects that own no description ("the pier in Dover, a town of
// 3,000, …"): only a document noun's "by" or "from" hands the clause to the name it governs.

import { DOCUMENT_NOUNS } from './lexicon';
import type { SpeakerRef } from './model';

/** The owner's preposition right before the name: "survey from |", "study published by |". */
const OWNER_PREPOSITION = /\s(?:by|from)\s+(?:the\s+)?$/i;

/**
 * Whether `speaker`, read from a segment whose text before the name is `beforeName`, is a
 * document's owner ("A survey from | Lakewatch"), which a description after it can describe.
 */
export function isDocumentOwnerName(speaker: SpeakerRef, beforeName: string): boolean {
  return speaker.form === 'name' && speaker.head !== null && DOCUMENT_NOUNS.has(speaker.head.toLowerCase())
    && OWNER_PREPOSITION.test(beforeName);
}
