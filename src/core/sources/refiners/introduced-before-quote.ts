// "Among those who fled was 25-year-old Ana Roe, who was pregnant. “I am from the north,” she said.":
// the sentence before a quotation introduces a person the article has not named before, and the
// pronoun after the quotation is that person, not the speaker of the paragraphs before. The name is
// no clause's subject, so the rule that lets a new subject take over passes it by; what marks it is
// the introduction itself: the person's first mention, alone in its sentence, as the complement of
// "is"/"was" ("was 25-year-old Ana Roe") or in apposition to the sentence's opening phrase ("One
// resident, Ana Roe, lost her home."). A person met before, or named beside another, proves nothing.

import { indexOfSpanAt } from '../../text/spans';
import { MASK } from '../quote-spans';
import type { Scan } from '../scan';
import { lastWord } from './names';
import type { Mention } from './person-mentions';

/** Only the quotation (and its punctuation) stands before the pronoun in its sentence. */
const QUOTATION_ONLY = new RegExp(`^[\\s\\p{P}${MASK}]*${MASK}[\\s\\p{P}${MASK}]*$`, 'u');
/** "… was 25-year-old", "… is nurse", "Among them was": the name is the complement of the copula. */
const COPULA_BEFORE = /\b(?:is|was|are|were)\s+(?:(?:a|an|the)\s+)?(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,3}$/u;
/** "One resident, ", "Another of the nurses, ": a short opening phrase the name is put beside. */
const APPOSED_TO_OPENING = /^[^,;:]{3,60},\s*$/;

/**
 * The person the sentence before the quotation that opens the pronoun's sentence introduces (see
 * above), or null. `pos` is the pronoun's start.
 */
export function introducedBeforeQuote(scan: Scan, mentions: readonly Mention[], pos: number, block: number): Mention | null {
  const sentences = scan.sentences[block] ?? [];
  const k = indexOfSpanAt(sentences, pos);
  if (k < 1) return null;
  const before = sentences[k - 1]!;
  if (!QUOTATION_ONLY.test(scan.masked.slice(before.end, pos))) return null;
  const persons = mentions.filter((m) => m.person && m.start >= before.start && m.end <= before.end);
  if (persons.length !== 1) return null;
  const m = persons[0]!;
  if (!/\s/.test(m.name)) return null;
  const lead = scan.masked.slice(before.start, m.start);
  const apposed = APPOSED_TO_OPENING.test(lead) && /^\s*,/.test(scan.masked.slice(m.end, m.end + 2));
  if (!COPULA_BEFORE.test(lead) && !apposed) return null;
  // (Its first mention: a person the article has met before is no one introduced.)
  const surname = lastWord(m.name);
  if (mentions.some((o) => o.start < m.start && o.person && lastWord(o.name) === surname)) return null;
  return m;
}
