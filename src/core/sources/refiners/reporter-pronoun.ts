// A pronoun that opens the clause another speaker reports stands for that speaker: in "A woman
// in Dover told him she worries …", "Most residents said they think …", "Reyes said he was
// convinced …" the "she", "they", "he" is the one who said it, not the person named last before.
// (English prefers the reporting clause's subject for the pronoun that opens its complement; the
// object "him" or a name further back is the exception, and a pronoun of another gender or number
// is left to the ordinary rules.)

import type { Attribution } from '../model';

/** What may sit between the reported clause's start and its pronoun subject: nothing, or "that". */
const OPENS_CLAUSE = /^\s*(?:that\s+)?$/i;

/** The pronouns a reported clause's subject can be (no "I"/"we": those belong to a quotation). */
const SUBJECT_PRONOUN = new Set(['he', 'she', 'they']);

/**
 * For each attribution whose speaker is a subject pronoun opening the content of another
 * attribution (same paragraph, the outer speaker and cue before it), that outer attribution.
 */
export function reportingAttributions(attributions: readonly Attribution[], text: string): Map<Attribution, Attribution> {
  const out = new Map<Attribution, Attribution>();
  const byBlock = new Map<number, Attribution[]>();
  for (const a of attributions) if (a.speaker) (byBlock.get(a.block) ?? byBlock.set(a.block, []).get(a.block)!).push(a);
  for (const list of byBlock.values()) {
    // (A bound on work; paragraphs this crowded are lists, not reporting.)
    if (list.length > 200) continue;
    for (const a of list) {
      const ref = a.speaker!;
      if (ref.form !== 'pronoun' || !SUBJECT_PRONOUN.has((ref.head ?? ref.text).toLowerCase())) continue;
      let best: Attribution | undefined;
      for (const b of list) {
        if (b === a || b.speaker!.form === 'pronoun') continue;
        if (!(b.speaker!.end <= b.cueStart && b.cueStart < b.start && b.start <= ref.start && ref.start < b.end)) continue;
        if (!OPENS_CLAUSE.test(text.slice(b.start, ref.start))) continue;
        if (!best || b.start > best.start) best = b;
      }
      if (best) out.set(a, best);
    }
  }
  return out;
}
