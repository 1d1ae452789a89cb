// Percentages and points after a number: "50%", "50 percent", "50 per cent", "5 percentage
// points", "25 basis points", "3 points" (points: index or poll points, not a share).

import type { Token } from '../lexer';
import { phraseAt, phrases, tokenAt } from '../token-utils';
import type { FigureKind } from '../../types';

const TABLE: [string, FigureKind, string][] = [
  ['%', 'percent', 'percent'], ['percent', 'percent', 'percent'], ['per cent', 'percent', 'percent'],
  ['pct', 'percent', 'percent'], ['pc', 'percent', 'percent'], ['percentage', 'percent', 'percent'],
  ['percentage points', 'percentage-points', 'percentage points'], ['percentage point', 'percentage-points', 'percentage points'],
  ['percent points', 'percentage-points', 'percentage points'], ['per cent points', 'percentage-points', 'percentage points'],
  ['pp', 'percentage-points', 'percentage points'], ['ppt', 'percentage-points', 'percentage points'], ['ppts', 'percentage-points', 'percentage points'],
  ['% points', 'percentage-points', 'percentage points'], ['% point', 'percentage-points', 'percentage points'],
  ['basis points', 'measure', 'basis points'], ['basis point', 'measure', 'basis points'], ['bps', 'measure', 'basis points'],
  ['points', 'measure', 'points'], ['point', 'measure', 'points'], ['pts', 'measure', 'points'],
];
const PHRASES = phrases(TABLE.map(([p]) => p));
const BY_PHRASE = new Map(TABLE.map(([p, kind, unit]) => [p, { kind, unit }]));

export function percentAfter(tokens: readonly Token[], last: number): { index: number; kind: FigureKind; unit: string } | null {
  const next = tokenAt(tokens, last + 1);
  if (!next || next.gap === 2) return null;
  // "a three-percent quota", "a 5-percent rise"
  if (next.text === '-' && next.gap === 0 && tokenAt(tokens, last + 2)?.lower === 'percent' && tokens[last + 2]!.gap === 0) {
    return { index: last + 2, kind: 'percent', unit: 'percent' };
  }
  if (next.text === '%' ? next.gap > 1 : next.gap !== 1 && !(next.gap === 0 && next.type === 'word' && (next.lower === 'pct' || next.lower === 'pc' || next.lower === 'pp' || next.lower === 'bps'))) return null;
  // "pc" spaced is a computer or a police constable; glued ("24pc") it is per cent.
  if (next.lower === 'pc' && next.gap !== 0) return null;
  const match = phraseAt(tokens, last + 1, PHRASES);
  if (!match) return null;
  // "%2D", "%20": URL encoding, not a percentage.
  const after = tokenAt(tokens, last + 2);
  if (next.text === '%' && after && after.gap === 0 && (after.type === 'num' || after.type === 'word')) return null;
  const key = match.phrase.join(' ');
  // "percentage" alone is a percent only before nothing nounish ("a 5 percentage increase" is rare).
  const found = BY_PHRASE.get(key)!;
  return { index: match.last, kind: found.kind, unit: found.unit };
}
