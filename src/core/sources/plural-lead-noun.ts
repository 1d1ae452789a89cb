// "several other issues", "no plans to", "many fears", "some details of": a cue word in its -s form
// after a word that a present verb cannot follow is the plural noun, not the verb. A plural
// determiner ("many", "several", "both", "no") would take a verb without -s ("many fear", never
// "many fears"); "other", "own" and "such" only modify nouns. Read as a verb, the noun makes the
// words before it a holder with a position ("Lawmakers foisted several other | onto the desk").
// (The -s of a base form, "discuss", "address", "focus", is no agreement: those words are left out;
// so is "all", which floats after a singular subject: "it all depends on …".)
// (Not after "have", which no present verb follows either: the noun after it is as often a position
// its owner holds, "had doubts about Biden", "the agency has questions about the returns", and the
// verb's reading finds that owner.)

/** The word right before the cue, one that no present verb with -s follows. */
const PLURAL_LEAD = /(?<![\p{L}'\u2019-])(?:many|several|few|both|some|other|others|various|numerous|no|any|own|such|fewer)\s+$/iu;
/** A third-person -s form (not "-ss", "-us", "-is": base forms that end in s). */
const S_FORM = /^\p{Ll}+[^su\s]s$/u;

/** Whether the cue word, with the text right before it, is a plural noun after a word a verb cannot follow. */
export function isPluralLeadNoun(cueWord: string, lead: string): boolean {
  const verb = cueWord.split(' ')[0]!;
  return S_FORM.test(verb) && PLURAL_LEAD.test(lead);
}
