// "Although the inquiry cleared Ann Roe, Tom Lund said …": a clause a subordinator opens, fronted and
// closed by its comma, comes before the sentence's subject as a short phrase does. Its own names are
// not the subject the next "he" or "she" goes back to; the name after its comma is. Read from the
// clause's shape: a subordinator first, no other comma, semicolon or colon before the closing one.

const FRONTED_SUBORDINATE = /^((?:(?:but|and|yet)\s+)?(?:although|though|while|whereas|when|whenever|as|because|since|if|unless|once|until|after|before)\s)[^,;:\uE000]{3,200},\s*$/iu;

/** `lead`, the words of a sentence before a name (its titles left out), is a fronted subordinate clause. */
export function isFrontedSubordinate(lead: string): boolean {
  return FRONTED_SUBORDINATE.test(lead);
}

/** Where the fronted clause's own words start in `lead`, past its subordinator; -1 when `lead` is no such clause. */
export function frontedClauseStart(lead: string): number {
  return FRONTED_SUBORDINATE.exec(lead)?.[1]!.length ?? -1;
}
