// A statement reported inside another source's reported statement, in the same clause: "Obama said
// he expected that voters will say no", "Carson noted that a reporter had tweeted that …", "Dunwoody
// noted that Sanders has acknowledged he won't be the nominee". The outer source vouches for the
// inner one's words; annotators mark the outer statement only (on PolNeAR train, 13 such inner
// readings, none marked). It is dropped when its cue lies in the complement of the outer cue with
// nothing between that starts a clause of its own: no punctuation, no quotation, no conjunction or
// subordinator ("…, though Fiorina said …", "… as polls show …", "Then DuPont announced …" begin a
// statement the outer content has only run on into, and those stay), and no relative pronoun ("asked
// the mayor about dock workers who said …": the workers' own statement, told by its own clause).

import type { Attribution } from '../model';

/** Statements each one is compared with, the nearest starting before it: long pages stay linear. */
const WINDOW = 8;
/** What opens a clause of its own between the outer cue and the inner one. */
const CLAUSE_BREAK = /[,;:()\u2014\u2013.!?\uE000"\u201C\u201D]|\s-\s|\b(?:though|although|while|but|as|when|after|before|because|even|then|whereas|since|and|or|until|if|once|unless|who|whom|whose|which)\b/i;

/** Whether `inner`'s cue stands in the complement of `outer`'s cue, in the same clause. */
function inComplement(inner: Attribution, outer: Attribution, text: string): boolean {
  if (outer === inner || outer.cue === null || inner.cue === null) return false;
  const outerCueEnd = outer.cueStart + outer.cue.length;
  if (!(outer.cueStart < outer.start && outer.start <= inner.cueStart && inner.end <= outer.end && outerCueEnd <= inner.cueStart)) return false;
  return !CLAUSE_BREAK.test(text.slice(outerCueEnd, inner.cueStart));
}

/** The attributions without the statements that are only part of another source's reported statement. */
export function dropStatementsInOthersStatements(attributions: readonly Attribution[], text: string): Attribution[] {
  const reported = attributions.filter((a) => !a.attitude && !a.direct).sort((x, y) => x.start - y.start);
  return attributions.filter((a) => {
    if (a.attitude || a.direct || a.cue === null) return true;
    // The last statement starting at or before the cue, then the few before it.
    let low = 0;
    let high = reported.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (reported[mid]!.start <= a.cueStart) low = mid + 1;
      else high = mid;
    }
    for (let i = low - 1; i >= Math.max(0, low - WINDOW); i--) {
      const h = reported[i]!;
      if (h.entity !== undefined && h.entity !== a.entity && inComplement(a, h, text)) return false;
    }
    return true;
  });
}
