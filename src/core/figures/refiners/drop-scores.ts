// Match scores are not amounts: "beat Charlton 2-1", "At 2-0 down", "tied Game 7 at 89-89",
// "ended 2-2 on aggregate"; nor are model variants ("a 787-9 jet"). Two whole numbers glued by a dash, neither with a unit, where the
// first is not below the second (a range runs low to high, a score need not); or in ascending order
// when a result word stands beside them ("lost 1-3", "a 0-2 defeat").
// Runs before the counted noun is read: "2-1 thanks to a late winner" counts no thanks.

import type { FigureScan, Quantity } from '../model';
import { isPunct, isWord, tokenAt } from '../token-utils';

const RESULT_BEFORE = new Set(['beat', 'beats', 'beating', 'won', 'win', 'wins', 'winning', 'lost', 'lose', 'loses', 'losing', 'defeated', 'defeat',
  'drew', 'draw', 'tied', 'tie', 'edged', 'thrashed', 'trailed', 'trailing', 'trail', 'led', 'leading', 'lead', 'leads', 'at', 'ended', 'finished',
  'score', 'scored', 'scoreline', 'victory', 'aggregate', 'by', 'ending', 'routed', 'downed', 'crushed', 'hammered', 'stunned', 'upset']);
const RESULT_AFTER = new Set(['win', 'wins', 'victory', 'defeat', 'loss', 'lead', 'draw', 'home', 'away', 'aggregate', 'scoreline', 'thanks',
  'down', 'up', 'on', 'after', 'in', 'at', 'against', 'over', 'thrashing', 'drubbing', 'result', 'triumph', 'rout']);
const MAX_SCORE = 200;
const TALLY = ['vote', 'votes', 'voted', 'margin', 'majority', 'decision', 'ruling', 'verdict', 'split', 'tally'];

function smallWhole(scan: FigureScan, q: Quantity, max = MAX_SCORE): boolean {
  return q.atoms.every((a) => a.form === 'digits' && a.bare && a.value <= max && a.magnitude === 1) && q.kind === 'number' && q.unit === null;
}

export function dropScores(scan: FigureScan, quantities: Quantity[]): Quantity[] {
  const { tokens } = scan;
  const drop = new Set<Quantity>();
  for (let k = 0; k < quantities.length; k++) {
    const a = quantities[k]!;
    // "2-1", "89-89": two figures the range reader left apart (high before low, or equal).
    const b = quantities[k + 1];
    // The same shape names model variants and standards' parts: "787-9", "ISO 3888-2", "737-800" is
    // a range only when ascending, and the range reader has taken those.
    if (b && !a.range && !b.range && b.first === a.last + 2 && smallWhole(scan, a, Infinity) && smallWhole(scan, b, Infinity)) {
      const dash = tokens[a.last + 1]!;
      const score = a.high <= MAX_SCORE && b.high <= MAX_SCORE;
      const variant = a.high >= 100 && b.high < a.high / 10;
      // "a 329-275 vote", "a 5-4 ruling": a tally is two counts.
      const tally = isWord(tokenAt(tokens, b.last + 1), ...TALLY);
      if (isPunct(dash, '-', '–', '—') && dash.gap === 0 && tokens[b.first]!.gap === 0 && (score || variant) && !tally) { drop.add(a); drop.add(b); k++; continue; }
    }
    // "lost 1-3", "a 0-2 defeat": an ascending pair, read as a range, beside a result word.
    if (a.range && a.atoms.length === 2 && smallWhole(scan, a) && a.last === a.atoms[1]!.last && a.first === a.atoms[0]!.first) {
      const dash = tokens[a.atoms[0]!.last + 1]!;
      if (!isPunct(dash, '-', '–', '—') || dash.gap !== 0 || tokens[a.atoms[1]!.first]!.gap !== 0) continue;
      const before = tokenAt(tokens, a.first - 1);
      const article = before && (before.lower === 'a' || before.lower === 'the') ? tokenAt(tokens, a.first - 2) : before;
      const after = tokenAt(tokens, a.last + 1);
      if ((article?.type === 'word' && RESULT_BEFORE.has(article.lower)) || (after?.type === 'word' && RESULT_AFTER.has(after.lower) && before?.type === 'word' && RESULT_BEFORE.has(before.lower))) drop.add(a);
      else if ((before?.lower === 'a' || before?.lower === 'the') && after?.type === 'word' && RESULT_AFTER.has(after.lower) && after.lower !== 'in' && after.lower !== 'on' && after.lower !== 'at') drop.add(a);
    }
  }
  return drop.size === 0 ? quantities : quantities.filter((q) => !drop.has(q));
}
