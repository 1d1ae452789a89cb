// "The ferry company issued a statement on Monday. “We are sorry …”", "Roe's lawyer, Jo Holt, had a
// blunter response. “…”": a sentence that says its subject made a statement, then a quotation that
// is a sentence of its own with no cue. The quotation is the statement the sentence announced; its
// subject speaks, whoever it is (unlike subject-before-quotation.ts, which wants a name already heard
// speaking, here the noun itself names a telling).
//
// Only a verb of giving or having ("issued", "released", "gave", "had", "posted", "sent") and a noun of
// telling ("statement", "response", "reply", "message", "answer", "comment"), after a determiner
// and up to three modifiers, with nothing after it but an adjunct (no clause of its own).

import { subjectBefore, type Subject } from './clause';

const ANNOUNCED_STATEMENT = /\s(?:had|has|issued|issues|released|releases|gave|gives|offered|offers|posted|posts|sent|sends|shared|shares|put\s+out|puts\s+out)\s+(?:a|an|his|her|their|its|this)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:statement|response|reply|message|answer|comment|retort|explanation)\b/u;
/** What may follow the noun: a short adjunct of time, place or occasion, then the full stop. */
const ADJUNCT_ONLY = /^(?:\s+(?:on|in|at|after|before|late|early|shortly|this|last|to|via|through|following|from)\b[^,;:\u2014\u2013]{0,80})?\s*[.!]?\s*$/;

/** The subject of a sentence from `start` to `end` that announces a statement, or null. */
export function statementBeforeQuotation(masked: string, start: number, end: number): Subject | null {
  const sentence = masked.slice(start, end);
  const m = ANNOUNCED_STATEMENT.exec(sentence);
  if (!m || !ADJUNCT_ONLY.test(sentence.slice(m.index + m[0].length))) return null;
  return subjectBefore(masked, start, start + m.index + 1);
}
