// "Her comments suggested …", "His own research indicates …", "their own analysis shows …": words or
// work a pronoun owns are that person's; the owner is the source, as "Mr Lund's statement" is Lund's.
// Read as a description, the phrase became a source of its own that had lost its owner ("own
// research", "comments"). The speaker is re-read as the pronoun, which coreference then resolves.
// Only what the owner said ("comments", "remarks", "words"), or any work marked "own" ("her own
// study", "his own figures"): records about someone ("her bank records", "his file") are not theirs
// to say, and a work without "own" ("his book", "its reports") stays the document it is.

import { DOCUMENT_NOUNS } from '../lexicon';
import type { Attribution, SpeakerRef } from '../model';

/** The subject pronoun for each possessive. */
const SUBJECT_OF: Record<string, string> = { his: 'he', her: 'she', their: 'they' };
/** "her (own) (two) (recent) comments": a possessive, "own" perhaps, up to two words, the head. */
const POSSESSED = /^(his|her|their)\s+(own\s+)?(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]*)$/iu;
/** What was said aloud or in writing, the owner's own words. */
const SPOKEN = /^(?:comments?|remarks?|words|statements?|testimony|tweets?|posts?|speech(?:es)?)$/;

/** The pronoun a phrase of owned words stands for, or null. */
export function possessedWordsOwner(ref: SpeakerRef): SpeakerRef | null {
  if (ref.form !== 'nominal') return null;
  const m = POSSESSED.exec(ref.text.trim());
  if (!m) return null;
  const head = m[3]!.toLowerCase();
  if (!SPOKEN.test(head) && !(m[2] && (DOCUMENT_NOUNS.has(head) || DOCUMENT_NOUNS.has(head.replace(/s$/, ''))))) return null;
  const start = ref.start + ref.text.length - ref.text.trimStart().length;
  const pronoun = SUBJECT_OF[m[1]!.toLowerCase()]!;
  return {
    form: 'pronoun', text: m[1]!, start, end: start + m[1]!.length, name: null, owner: null, role: null, affiliation: null,
    kind: pronoun === 'they' ? 'other' : 'person', head: pronoun, modifiers: [], definite: false,
  };
}

/** Re-reads every speaker phrase of owned words as its owner's pronoun. */
export function ownersOfPossessedWords(found: Attribution[]): void {
  for (const a of found) {
    const owner = a.speaker ? possessedWordsOwner(a.speaker) : null;
    if (owner) a.speaker = owner;
  }
}
