// "The Greens' letter to Tom Reed, the ethics commissioner, said: …", "a memo sent to staff showed …":
// the phrase after a document's noun that names whom it went to is no part of the document's name.
// Read whole, the source became "Greens' letter to Tom Reed", a name that holds the recipient's, so
// that the recipient seemed to speak; the document is named by the words up to its noun.

/** "to …", "sent to …", "addressed to …" after a document's noun. */
const RECIPIENT = /^\s*(?:(?:sent|addressed|written|delivered|submitted|handed)\s+)?to\s+\S/i;

/** Whether `words`, the phrase after a document's noun, only names the document's recipient. */
export function namesRecipient(words: string): boolean {
  return RECIPIENT.test(words);
}
