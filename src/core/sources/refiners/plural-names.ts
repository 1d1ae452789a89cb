// Number agreement for "he" and "she": a name the article only ever gives a plural verb
// ("Democrats are", "Young Latinos say", "Germans have") names a group, never one person, however
// it is capitalised. Read from the article's own verbs, not a word list; one linear pass.

import { genderOfGivenName } from '../gender';
import { NAME_WORD_START } from '../name-word';

// A capitalised run, the verb right after it: the head of the run (its last word) agrees with the verb.
const NAME_THEN_VERB = new RegExp(String.raw`(?<![\p{L}.'\u2019-])(${NAME_WORD_START}[\p{L}.'\u2019-]*)(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){0,3}?\s+(are|were|have|say|do|is|was|has|says|does)\b`, 'gu');
const PLURAL_VERB = new Set(['are', 'were', 'have', 'say', 'do']);
// "Clinton and Sanders are": in a coordination the verb agrees with the pair, not with its last name.
const COORDINATED = /(?:\b(?:and|or|nor)|[&,])\s*$/;

/** The head words the article only uses with plural verbs. */
export function pluralHeads(text: string): Set<string> {
  const plural = new Set<string>();
  const singular = new Set<string>();
  NAME_THEN_VERB.lastIndex = 0;
  for (let m = NAME_THEN_VERB.exec(text); m; m = NAME_THEN_VERB.exec(text)) {
    const run = m[0].slice(0, m[0].length - m[2]!.length).trim().split(/\s+/);
    const head = run[run.length - 1]!;
    if (PLURAL_VERB.has(m[2]!)) {
      if (!COORDINATED.test(text.slice(Math.max(0, m.index - 6), m.index))) plural.add(head);
    } else singular.add(head);
  }
  for (const head of singular) plural.delete(head);
  return plural;
}

/**
 * An entity's names all name a group: each one's head takes only plural verbs in the article, and
 * none has a given name ("voters who back Bernie Sanders say" puts "Sanders" before a plural verb).
 */
export function namesAGroup(names: readonly string[], pluralHeads: ReadonlySet<string>): boolean {
  return names.length > 0 && names.every((name) => {
    const space = name.indexOf(' ');
    return pluralHeads.has(name.slice(name.lastIndexOf(' ') + 1)) && !(space > 0 && genderOfGivenName(name.slice(0, space)));
  });
}
