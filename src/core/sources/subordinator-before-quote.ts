// "… and suppose they report such issues to police, no clear evidence can be presented because,
// “they can't mark them in darkness.”": a quotation right after a subordinator and its comma completes
// that subordinate clause ("because …"); it is no content of a cue further back, whose own clause
// ended before the subordinator's. (Who said the words is read elsewhere, or not at all.)

/** The words between a cue and a quotation that end in a subordinator and a comma or a colon. */
const ENDS_IN_SUBORDINATOR = /\s(?:because|since|although|though|unless|whereas)\s*[,:]\s*$/i;

/** Whether the quotation after `between` completes a subordinate clause that opens after the cue. */
export function isSubordinatorBeforeQuote(between: string): boolean {
  return ENDS_IN_SUBORDINATOR.test(between);
}
