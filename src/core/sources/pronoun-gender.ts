// "Ana Varga-Holm pleaded not guilty when she appeared in court", "Osei Mensah-Bonsu said his
// office …": a name the lexicon gives no gender (no title, no given name it knows) takes the one the
// article's own pronouns give it. The person who opens a sentence is its subject, and the first
// "he"/"she" (or "his", "himself", "herself") after it, before any other person is named, is that
// person again. Read as unmarked, the woman could be a later "he said"'s antecedent, and the man's
// quotations went to her.
//
// Only the subject pronouns and the unambiguous possessive and reflexive forms: "her" and "him" may
// be the object, someone else ("Roe told her …"). Only the text outside quotations (the scan masks
// them): a quotation's "he" is the speaker's, not the narration's. A name the article gives both
// genders this way is marked as either.
//
// Linear: one pass over the sentences with their mentions.

import type { Gender } from './gender';
import type { Scan } from './scan';

/** What `gendersByPronoun` needs of a mention (refiners/person-mentions.ts). */
export interface PronounMention {
  start: number;
  end: number;
  name: string;
  person: boolean;
  subject: boolean;
}

const PRONOUN = /\b(he|she|his|himself|herself)\b/gi;
const FEMININE = new Set(['she', 'herself']);

/**
 * The gender each sentence-opening person takes from the first personal pronoun after it in its
 * sentence, keyed by the full name and by its last word; 'both' where the article gives both.
 */
export function gendersByPronoun(scan: Scan, mentions: readonly PronounMention[]): Map<string, Gender | 'both'> {
  const out = new Map<string, Gender | 'both'>();
  const note = (key: string, g: Gender) => {
    const had = out.get(key);
    out.set(key, had && had !== g ? 'both' : g);
  };
  const sentenceEnds = scan.sentences.flat().map((s) => s.end).sort((a, b) => a - b);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (!m.person || !m.subject) continue;
    const end = sentenceEnds[firstAtOrAfter(sentenceEnds, m.end)] ?? scan.masked.length;
    // (Up to the next person named: "Roe met Ada Holm, who said she …" is Holm's pronoun.)
    let stop = end;
    for (let k = i + 1; k < mentions.length && mentions[k]!.start < end; k++) {
      if (mentions[k]!.person && mentions[k]!.start >= m.end) { stop = mentions[k]!.start; break; }
    }
    PRONOUN.lastIndex = 0;
    const p = PRONOUN.exec(scan.masked.slice(m.end, stop));
    if (!p) continue;
    const g: Gender = FEMININE.has(p[1]!.toLowerCase()) ? 'f' : 'm';
    const words = m.name.split(' ');
    note(m.name, g);
    if (words.length >= 2) note(words[words.length - 1]!, g);
  }
  // ("Ana Varga-Holm …. Varga-Holm said she …": the full name takes what its surname took, when the
  // article gives that surname to one full name only.)
  const fullBySurname = new Map<string, Set<string>>();
  for (const m of mentions) {
    const words = m.name.split(' ');
    if (!m.person || words.length < 2) continue;
    const surname = words[words.length - 1]!;
    if (!fullBySurname.has(surname)) fullBySurname.set(surname, new Set());
    fullBySurname.get(surname)!.add(m.name);
  }
  for (const [surname, names] of fullBySurname) {
    const g = out.get(surname);
    if (g && names.size === 1) for (const n of names) if (!out.has(n)) out.set(n, g);
  }
  return out;
}

/** The index of the first value at or after `at` in ascending `values` (values.length if none). */
function firstAtOrAfter(values: readonly number[], at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
