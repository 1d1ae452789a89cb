// "had issues of his own", "several other issues", "no plans to", "many fears": a cue word in its
// -s form after a word that a present verb cannot follow is the plural noun, not the verb. A form
// of "have" takes a participle, never a present verb; a plural determiner ("many", "several",
// "both", "no") would take a verb without -s ("many fear", never "many fears"); "other", "own" and
// "such" only modify nouns. Read as a verb, the noun makes the words before it a holder with a
// position ("Vettel | of his own", "Lawmakers foisted several other | onto the desk").
// (The -s of a base form, "discuss", "address", "focus", is no agreement: those words are left out.)

/** The word right before the cue, one that no present verb with -s follows. */
const PLURAL_LEAD = /(?<![\p{L}'\u2019-])(?:have|has|had|having|many|several|few|both|all|some|other|others|various|numerous|no|any|own|such|fewer)\s+$/iu;
/** A third-person -s form (not "-ss", "-us", "-is": base forms that end in s). */
const S_FORM = /^\p{Ll}+[^su\s]s$/u;

/** Whether the cue word, with the text right before it, is a plural noun after a word a verb cannot follow. */
export function isPluralLeadNoun(cueWord: string, lead: string): boolean {
  const verb = cueWord.split(' ')[0]!;
  return S_FORM.test(verb) && PLURAL_LEAD.test(lead);
}
