// "Whether local companies will agree to return remains unclear": a clause that opens with
// "whether" asks a question, and the subject inside it neither said nor holds what its verb says;
// the sentence only wonders if it will. A speaker phrase read with the "whether" at its front (the
// capital made the parser take it for a name's word) is no source.

/** "Whether", alone or after "and"/"but", opening the phrase. */
const WHETHER_OPENING = /^(?:(?:and|but)\s+)?whether\s/i;

/** True when the speaker phrase opens an indirect question. */
export function isWhetherSubject(phrase: string): boolean {
  return WHETHER_OPENING.test(phrase.trim());
}
