// A participle after a reporting clause set off by commas: "The two boards will meet next week, Lund
// said, adding, “…”", "The vote is set for Friday, said Ada Roe, noting, “…”". The participle hangs on
// the reporting clause (Lund adds), so its speaker speaks on; the sentence's opening subject ("The two
// boards") is the subject of the clause Lund reported. The direct-quote parser runs before the
// reporting-verb parser has found that clause, so the aside is read here from its shape: a comma, a
// speaker and a verb of saying (or the verb first), a comma, the participle.

import type { Subject } from './clause';
import { readSpeaker } from './speaker-phrase';

const SAYING = 'said|says|added|adds|wrote|writes|noted|notes|explained|explains|told\\s+[^,;:\\uE000]{1,30}?';
/** ", Lund said, " / ", Lund told reporters, " / ", said Ada Roe, " right before the participle. */
const ASIDE = new RegExp(`,\\s+(?:([^,;:\\uE000]{1,60}?)\\s+(?:${SAYING})|(?:said|says|added|adds|wrote|writes|noted|notes)\\s+([^,;:\\uE000]{1,60}?)),\\s*$`, 'u');
/** A relative clause or a conjunction opens no reporting aside: "…, which Ortiz said, …", "…, and Ortiz said, …". */
const NOT_A_SUBJECT = /^(?:who|which|that|whom|whose|what|where|when|and|but|or|as|if|while|because)\b/i;

/** The speaker of a comma-bounded reporting clause that ends right before the participle at `cueStart`. */
export function reportingAsideSpeaker(masked: string, sentenceStart: number, cueStart: number): Subject | null {
  const lo = Math.max(sentenceStart, cueStart - 160);
  const before = masked.slice(lo, cueStart);
  const m = ASIDE.exec(before);
  if (!m) return null;
  // (The aside closes a statement: something must come before its comma.)
  if (!masked.slice(sentenceStart, lo + m.index).trim()) return null;
  const phrase = m[1] ?? m[2]!;
  if (NOT_A_SUBJECT.test(phrase)) return null;
  const start = lo + m.index + m[0].indexOf(phrase);
  const speaker = readSpeaker(masked, start, start + phrase.length);
  if (!speaker) return null;
  if (speaker.form === 'pronoun' && speaker.kind !== 'person' && speaker.head !== 'they' && speaker.head !== 'we') return null;
  return { speaker, phraseStart: start };
}
