// "The Greens' letter to Tom Reed, the ethics commissioner, said: …": the name after "to" that
// follows a document's noun is whom the document went to, no part of the document's name. Read
// whole, the source became "Greens' letter to Tom Reed", a name that holds the recipient's, so that
// the recipient seemed to speak; the document is named by the words up to its noun. (Only a named
// recipient and nothing after it: "research to be released by …" is no recipient, and "a letter to
// Facebook from the chairman" names its author after the recipient, which the name keeps.)

/** "to Tom Reed", "sent to the Harbour Board" after a document's noun, and nothing else. */
const RECIPIENT = /^\s*(?:(?:sent|addressed|written|delivered|submitted|handed)\s+)?to\s+(?:the\s+)?\p{Lu}[^,;:]*$/u;
/** An author or a source named after the recipient. */
const OWNER_AFTER = /\s(?:from|by|of)\s/;

/** Whether `words`, the phrase after a document's noun, only names the document's recipient. */
export function namesRecipient(words: string): boolean {
  return RECIPIENT.test(words) && !OWNER_AFTER.test(words);
}
