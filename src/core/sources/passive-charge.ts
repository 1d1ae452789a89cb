// "Reed was arrested and charged with theft", "Banker charged with fraud", "was released on bail and
// ordered to stay away": verbs of accusing and commanding take the person first ("charged Reed
// with theft", "ordered him to leave"), so their participle followed straight by the preposition is
// a passive whose subject is the one accused or ordered, never a holder. The attitude reader's own
// passive test needs a be-auxiliary right before the cue; a coordinated participle ("was arrested
// and charged") or a headline ("Banker charged with") has none.
// (Not "asked to", "pleaded with", "responded with": those verbs also go straight to their
// preposition in the active, "Ruiz asked to speak".)

/** Participle → the prepositions it takes after its (missing) person object. */
const OBJECT_FIRST: ReadonlyMap<string, RegExp> = new Map([
  ['charged', /^\s+with\s/],
  ['accused', /^\s+of\s/],
  ['suspected', /^\s+of\s/],
  ['convicted', /^\s+(?:of|on)\s/],
  ['indicted', /^\s+(?:on|for)\s/],
  ['sentenced', /^\s+to\s/],
  ['ordered', /^\s+to\s/],
  ['urged', /^\s+to\s/],
  ['forced', /^\s+to\s/],
  ['told', /^\s+to\s/],
]);

/** True when the cue word, with the text right after it, reads as a passive of accusing or commanding. */
export function isPassiveCharge(cue: string, after: string): boolean {
  const preposition = OBJECT_FIRST.get(cue.toLowerCase());
  return preposition !== undefined && preposition.test(after);
}
