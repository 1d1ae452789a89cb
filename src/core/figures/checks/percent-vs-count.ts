// A percentage printed beside the counts it comes from: "12 of the 48 members, or 25 percent"
// (12 / 48 = 25 %), or "40 percent of the 300 staff, or 150 people" (40 % × 300 = 120, not 150).
// Tolerance follows the printed precision: "25 percent" may be 24.5–25.5.

import type { CrossCheck, Figure } from '../../types';
import { indexOfSpanAt } from '../../text/spans';
import type { CheckInput } from './implied-amount';
import { formatNumber } from './format';

const OF_BETWEEN = /^\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?$/i;

export function percentVsCountChecks(input: CheckInput): Omit<CrossCheck, 'id'>[] {
  const { text, sentences, figures } = input;
  const checks: Omit<CrossCheck, 'id'>[] = [];
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < sorted.length; k++) {
    const a = sorted[k]!;
    const b = sorted[k + 1]!;
    if (a.value === undefined || b.value === undefined || a.change || b.change) continue;
    if (!OF_BETWEEN.test(text.slice(a.end, b.start))) continue;
    const sentence = indexOfSpanAt(sentences, a.start);
    const inSentence = sorted.filter((f) => indexOfSpanAt(sentences, f.start) === sentence && f !== a && f !== b && f.value !== undefined && !f.change);
    // "A of B …, P percent"
    if ((a.kind === 'count' || a.kind === 'number') && (b.kind === 'count' || b.kind === 'number') && a.value < b.value && b.value > 0) {
      const percents = inSentence.filter((f) => f.kind === 'percent' && f.unit === 'percent' && f.start > b.end);
      if (percents.length !== 1) continue;
      const p = percents[0]!;
      const computed = (a.value / b.value) * 100;
      const ok = Math.abs(computed - p.value!) <= tolerance(p);
      checks.push({
        kind: 'percent-vs-count',
        figureIds: [a.id, b.id, p.id],
        note: ok
          ? `${formatNumber(a.value)} of ${formatNumber(b.value)} is ${formatNumber(computed)}%, as printed.`
          : `${formatNumber(a.value)} of ${formatNumber(b.value)} is ${formatNumber(computed)}%, not the ${formatNumber(p.value!)}% printed.`,
        computation: `${formatNumber(a.value)} / ${formatNumber(b.value)} × 100 = ${formatNumber(computed)}% vs ${formatNumber(p.value!)}%`,
        verdict: ok ? 'consistent' : 'mismatch',
      });
    } else if (a.kind === 'percent' && a.unit === 'percent' && (b.kind === 'count' || b.kind === 'number') && b.value > 0) {
      // "P percent of the B staff, or A people"
      const counts = inSentence.filter((f) => (f.kind === 'count' || f.kind === 'number') && f.start > b.end && /^\s*,?\s*or\s+(?:about\s+|some\s+|nearly\s+)?$/i.test(text.slice(b.end, f.start).replace(/^[^,]*/, '')));
      if (counts.length !== 1) continue;
      const c = counts[0]!;
      const computed = (a.value / 100) * b.value;
      const slack = (tolerance(a) / 100) * b.value;
      const ok = Math.abs(computed - c.value!) <= Math.max(slack, 0.5);
      checks.push({
        kind: 'percent-vs-count',
        figureIds: [a.id, b.id, c.id],
        note: ok
          ? `${formatNumber(a.value)}% of ${formatNumber(b.value)} is about ${formatNumber(computed)}, as printed.`
          : `${formatNumber(a.value)}% of ${formatNumber(b.value)} is ${formatNumber(computed)}, not ${formatNumber(c.value!)}.`,
        computation: `${formatNumber(a.value)}% × ${formatNumber(b.value)} = ${formatNumber(computed)} vs ${formatNumber(c.value!)}`,
        verdict: ok ? 'consistent' : 'mismatch',
      });
    }
  }
  return checks;
}

/** Half a unit of the printed precision: "25%" → 0.5, "25.3%" → 0.05; "about" doubles it. */
function tolerance(p: Figure): number {
  const decimals = /\.(\d+)/.exec(p.text)?.[1]?.length ?? 0;
  const half = 0.5 / 10 ** decimals;
  return p.qualifier ? half * 4 : half + 1e-9;
}
