// A statement reported inside another source's reported statement, in the same clause: "Obama said
// he expected that voters will say no", "Carson noted that a reporter had tweeted that …", "Dunwoody
// noted that Sanders has acknowledged he won't be the nominee". The outer source vouches for the
// inner one's words; annotators mark the outer statement only (on PolNeAR train, 13 such inner
// readings, none marked). It is dropped when its cue lies in the complement of the outer cue with
// nothing between that starts a clause of its own: no punctuation, no quotation, no conjunction or
// subordinator ("…, though Fiorina said …", "… as polls show …", "Then DuPont announced …" begin a
// statement the outer content has only run on into, and those stay), and no relative pronoun ("asked
// the mayor about dock workers who said …": the workers' own statement, told by its own clause).
// The same holds for a statement that closes the sentence, "Lab results confirmed the toxin, police
// said": the outer content opens with the inner statement's subject, so the inner clause is all
// of what the police said, and the results are theirs to vouch for. Only where the inner subject is
// a document or a finding ("Lab results", "New figures"), which cannot speak: "Lund told the board X,
// two members said" and "A person close to the talks said X, the Courier reported" still credit a
// person with words of their own, whom a reader would look for among the sources (reading persons
// too took three extras off PolNeAR train but lost the kit's "a person familiar with …" on a news
// page). And only after a plain ", the police said": in "…, a point Lund also conceded" the outer
// reading is the doubtful one.

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

/** Opening characters a trailing statement's content may have before its clause: a quotation mark or a space. */
const CONTENT_OPENING = /^[\s"\u201C\u2018']*$/;

/** Between a trailing statement's content and its speaker: a comma, a closing quotation mark, "according to". */
const PLAIN_CLOSE = /^[\s,"\u201D\u2019']*(?:according\s+to\s+)?$/i;

/** "…, a point Lund conceded": the noun the clause refers back to, read into the speaker's phrase. */
const OBJECT_GAP = /^(?:a|an|the)\s+(?:point|view|claim|fact|charge|figure|number|estimate|position)\s/i;

/** Whether `inner` is the clause a trailing `outer` reports: "Tests confirmed X, police said". */
function opensTrailingContent(inner: Attribution, outer: Attribution, text: string): boolean {
  if (outer === inner || outer.cue === null || inner.cue === null || !inner.speaker) return false;
  if (outer.cueStart < outer.end || inner.end > outer.end || inner.cueStart <= outer.start) return false;
  if (inner.speaker.kind !== 'document' || !outer.speaker || !PLAIN_CLOSE.test(text.slice(outer.end, outer.speaker.start)) || OBJECT_GAP.test(outer.speaker.text)) return false;
  return inner.speaker.start >= outer.start && CONTENT_OPENING.test(text.slice(outer.start, inner.speaker.start));
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
      if (h.entity !== undefined && h.entity !== a.entity && (inComplement(a, h, text) || opensTrailingContent(a, h, text))) return false;
    }
    return true;
  });
}
