// "had issues of his own", "several other issues", "no plans to", "many fears": a cue word in its
// -s form after a word that a present verb cannot follow is the plural noun, not the verb. A form
// of "have" takes a participle, never a present verb; a plural determiner ("many", "several",
// "both", "no") would take a verb without -s ("many fear", never "many fears"); "other", "own" and
// "such" only modify nouns. Read as a verb, the noun makes the words before it a holder with a
// position ("Vettel | of his own", "Lawmakers foisted several other | onto the desk").
// (The -s of a base form, "discuss", "address", "focus", is no agreement: those words are left out.)
// (A state of mind after "have" is still its owner's: "party elites had doubts about Biden" holds a
// position as "doubted" would, so the verb's reading, which finds that owner, is kept.)

/** The word right before the cue, one that no present verb with -s follows. */
const PLURAL_LEAD = /(?<![\p{L}'\u2019-])(?:many|several|few|both|all|some|other|others|various|numerous|no|any|own|such|fewer)\s+$/iu;
/** A form of "have" before the noun: "had issues of his own". */
const HAVE_LEAD = /(?<![\p{L}'\u2019-])(?:have|has|had|having)\s+$/iu;
/** Plural nouns of a state of mind, which their owner holds ("have doubts about", "had fears of"). */
const HELD_STATES = new Set(['doubts', 'fears', 'hopes', 'worries', 'thoughts', 'wishes', 'suspicions']);
/** A third-person -s form (not "-ss", "-us", "-is": base forms that end in s). */
const S_FORM = /^\p{Ll}+[^su\s]s$/u;

/** Whether the cue word, with the text right before it, is a plural noun after a word a verb cannot follow. */
export function isPluralLeadNoun(cueWord: string, lead: string): boolean {
  const verb = cueWord.split(' ')[0]!;
  if (!S_FORM.test(verb)) return false;
  return PLURAL_LEAD.test(lead) || (HAVE_LEAD.test(lead) && !HELD_STATES.has(verb.toLowerCase()));
}
