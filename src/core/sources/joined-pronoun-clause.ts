// A lower-case pronoun joined to a group ("…, and he and other officials complained that …") is a
// speaker only when what follows is something said: a "that"-clause or a clause of its own ("he and
// several experts agree the plan is sound"). Before a noun-phrase object ("she and her backers have
// stressed her record") the phrase reports an act, and a pronoun phrase there is likelier a misreading
// than a source. (A capital "She and her aides" opens a sentence and is kept as before.)

/** "that" opening the content, or standing between the cue and it. */
const THAT_OPENING = /^\W*that\b/i;
/**
 * A finite verb within the content's first words: an auxiliary or modal, a form of "be" or "have",
 * or a past tense in -ed after at least one word (its subject).
 */
const FINITE_AUX = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|does|do|did|isn['\u2019]t|aren['\u2019]t|wasn['\u2019]t|weren['\u2019]t|won['\u2019]t|can['\u2019]t|doesn['\u2019]t|didn['\u2019]t|don['\u2019]t)$/i;
const PAST_TENSE = /^\p{Ll}{3,}ed$/u;
const WORD = /[\p{L}'\u2019]+/gu;
const FIRST_WORDS = 8;

/** Whether the content (with the words between cue and content, `gap`) is a clause, not a noun phrase. */
export function contentIsClause(gap: string, content: string): boolean {
  if (/\bthat\W*$/i.test(gap) || THAT_OPENING.test(content)) return true;
  const words = content.slice(0, 200).match(WORD) ?? [];
  for (let i = 1; i < Math.min(words.length, FIRST_WORDS); i++) {
    const w = words[i]!;
    if (FINITE_AUX.test(w) || PAST_TENSE.test(w)) return true;
  }
  return false;
}
