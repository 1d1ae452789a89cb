// The clause a date belongs to: what happened then. A sentence is cut at semicolons, colons,
// dashes and contrastive or relative joins ("…, but …", "…, which …"); a long clause is cut
// around the date at word boundaries.

const BOUNDARY = /;\s|:\s|\s[\u2014\u2013]\s|\s--\s|,\s+(?=(?:but|while|whereas|although|though|which|where)\b|["\u201C])/g;
const MAX_LENGTH = 200;
// In a long clause, a that-clause long enough to state something is what happened then
// ("… confirmed that there have been no signs of combat since mid-January").
const LONG_CLAUSE = 160;
const THAT = /\bthat\s/g;
const MIN_THAT_CLAUSE = 40;

/** `start`/`end`: the date's offsets inside `sentence`. */
export function clauseAround(sentence: string, start: number, end: number): string {
  let from = 0;
  let to = sentence.length;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(sentence); match; match = BOUNDARY.exec(sentence)) {
    const cutStart = match.index;
    const cutEnd = match.index + match[0].length;
    if (cutEnd <= start) from = cutEnd;
    else if (cutStart >= end) {
      to = cutStart;
      break;
    }
  }
  if (to - from > LONG_CLAUSE) {
    THAT.lastIndex = 0;
    for (let match = THAT.exec(sentence); match && match.index < start; match = THAT.exec(sentence)) {
      const after = match.index + match[0].length;
      if (after > from && start - after >= MIN_THAT_CLAUSE && start - after <= 200) {
        from = after;
        break;
      }
    }
  }
  let clause = sentence.slice(from, to).trim();
  if (clause.length > MAX_LENGTH) {
    const local = start - from;
    let a = Math.max(0, local - 80);
    let b = Math.min(clause.length, local + (end - start) + 120);
    if (a > 0) a = clause.indexOf(' ', a) + 1 || a;
    if (b < clause.length) b = clause.lastIndexOf(' ', b) > local ? clause.lastIndexOf(' ', b) : b;
    clause = `${a > 0 ? '\u2026' : ''}${clause.slice(a, b).trim()}${b < clause.length ? '\u2026' : ''}`;
  }
  return clause.replace(/[,;:\s]+$/, '');
}
