// A position read inside what someone else is reported to have said ("Aides said he hoped to …",
// "Critics argue that the agency has backed …", "The Ledger reported Lund had sought a delay") is
// part of that statement: the reporter's source vouches for it, not the position's subject, and
// annotators rarely mark it on its own. It is dropped when it lies, cue and content, inside a
// reported statement of another source, whatever its subject: a pronoun or a description (on
// PolNeAR train 19 of 116 such readings were right, speaker included) or a name (dropping them
// loses 5 right readings and 28 wrong; once kept for fear the statement had run on into a name's
// own clause, "While critics argue …, Obama has deemed …", which the clipping at new subjects now
// ends). Inside a denial ("Holm denied that Lund was unhappy …") it is the position the denial
// says was not held. A sentence a trailing credit frames ("The board wants a seat at the table,
// declared a former mayor, Ada Lund", "Lund is weighing a delay, the Ledger reported") is the
// credited source's statement just the same: PolNeAR train marks 5 of the 27 positions read inside
// one (17 matched nothing, 5 went to another speaker's item). A position inside its own speaker's
// statement ("she said she wants …"), a quotation or another position is kept.

import type { Attribution } from '../model';

/** Statements each position is compared with, the nearest starting before it: long pages stay linear. */
const WINDOW = 8;

/**
 * Whether `inner`, its cue, its content and the end of its subject, lies inside what `outer`
 * reports: the complement after its cue ("said she wanted …") or the sentence before a trailing
 * credit ("X is weighing Y, the Ledger reported"), and not in an aside set off by a dash or a
 * bracket ("— which she denies —" is the writer's, not the speaker's). A participle whose subject
 * ends before the statement ("The board had argued that …, asserting that …") is that subject's own
 * second reading, not a clause inside the statement. (A subject phrase read too long, "new research
 * shows Americans", still ends inside it.)
 */
function inside(inner: Attribution, outer: Attribution, text: string): boolean {
  const from = Math.min(inner.start, inner.cueStart);
  const subjectEnd = inner.speaker?.end ?? from;
  const reports = outer.cueStart < outer.start || outer.cueStart >= outer.end;
  return outer !== inner && reports && outer.start <= Math.min(from, subjectEnd)
    && inner.end <= outer.end && !openAside(text.slice(outer.start, from));
}

/**
 * Whether an aside set off by a dash or a bracket is still open where the position begins. (One
 * closed before it is an apposition inside the statement: "denied that the owner — a friend of the
 * mayor — was unhappy".)
 */
function openAside(between: string): boolean {
  const dashes = between.match(/[\u2014\u2013]|\s-\s/g)?.length ?? 0;
  return dashes % 2 === 1 || between.lastIndexOf('(') > between.lastIndexOf(')');
}

/** The attributions without the positions that are only part of another source's reported statement. */
export function dropPositionsInOthersStatements(attributions: readonly Attribution[], text: string): Attribution[] {
  const reportedByBlock = new Map<number, Attribution[]>();
  for (const a of attributions) {
    if (a.attitude || a.direct) continue;
    const list = reportedByBlock.get(a.block);
    if (list) list.push(a);
    else reportedByBlock.set(a.block, [a]);
  }
  for (const list of reportedByBlock.values()) list.sort((x, y) => x.start - y.start);
  return attributions.filter((a) => {
    if (!a.attitude || !a.speaker) return true;
    const holders = reportedByBlock.get(a.block);
    if (!holders) return true;
    const from = Math.min(a.start, a.cueStart);
    // The last statement starting at or before the position, then the few before it.
    let low = 0;
    let high = holders.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (holders[mid]!.start <= from) low = mid + 1;
      else high = mid;
    }
    for (let i = low - 1; i >= Math.max(0, low - WINDOW); i--) {
      const h = holders[i]!;
      if (inside(a, h, text) && h.entity !== undefined && h.entity !== a.entity) return false;
    }
    return true;
  });
}
