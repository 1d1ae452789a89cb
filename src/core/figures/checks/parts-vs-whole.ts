// Parts that should add up to a stated whole, all in one sentence: "Of the 120 victims, 70 were
// men and 60 were women" (130 > 120: a mismatch), "The 40 seats split 25 to 15" is not read.
// Only wholes the text marks as wholes ("of the N", "a total of N", "N …, including") count;
// parts that fall short may be a partial list, so only an excess or an exact sum is reported.

import type { CrossCheck, Figure } from '../../types';
import { indexOfSpanAt } from '../../text/spans';
import type { CheckInput } from './implied-amount';
import { formatNumber } from './format';

const WHOLE_BEFORE = /(?:\b(?:of|out of|among)\s+(?:the|its|their|all)?\s*|\ba total of\s+|\baltogether\s+|\bin all,?\s+)$/i;
const WHOLE_AFTER = /^[^.;]{0,40}?,?\s+(?:including|of whom|of which|among them)\b/i;
const TOTAL_AFTER = /^\s*(?:in total|in all|altogether)\b/i;

export function partsVsWholeChecks(input: CheckInput): Omit<CrossCheck, 'id'>[] {
  const { text, sentences, figures } = input;
  const bySentence = new Map<number, Figure[]>();
  for (const f of figures) {
    const index = indexOfSpanAt(sentences, f.start);
    if (index < 0) continue;
    const list = bySentence.get(index) ?? [];
    list.push(f);
    bySentence.set(index, list);
  }
  const checks: Omit<CrossCheck, 'id'>[] = [];
  for (const list of bySentence.values()) {
    const counts = list.filter((f) => (f.kind === 'count' || f.kind === 'number') && f.value !== undefined && !f.change);
    for (const whole of counts) {
      const before = text.slice(Math.max(0, whole.start - 20), whole.start);
      const after = text.slice(whole.end, whole.end + 60);
      if (!WHOLE_BEFORE.test(before) && !WHOLE_AFTER.test(after) && !TOTAL_AFTER.test(after)) continue;
      if (whole.qualifier && whole.qualifier !== 'exactly') continue;
      const parts = counts.filter((p) => p !== whole && p.start > whole.end && p.value! < whole.value! && !p.qualifier && (p.unit === null || p.unit !== whole.unit || p.counts !== whole.counts || p.provenance.extractor === 'figures/ellipsis'));
      if (parts.length < 2) continue;
      const sum = parts.reduce((total, p) => total + p.value!, 0);
      const computation = `${parts.map((p) => formatNumber(p.value!)).join(' + ')} = ${formatNumber(sum)} vs ${formatNumber(whole.value!)}`;
      if (sum > whole.value! * 1.001) {
        checks.push({
          kind: 'parts-vs-whole',
          figureIds: [whole.id, ...parts.map((p) => p.id)],
          note: `The parts add up to ${formatNumber(sum)}, more than the stated total of ${formatNumber(whole.value!)}${whole.counts ? ` ${whole.counts}` : ''}.`,
          computation,
          verdict: 'mismatch',
        });
      } else if (Math.abs(sum - whole.value!) < 1e-9) {
        checks.push({
          kind: 'parts-vs-whole',
          figureIds: [whole.id, ...parts.map((p) => p.id)],
          note: `The parts add up to the stated total of ${formatNumber(whole.value!)}${whole.counts ? ` ${whole.counts}` : ''}.`,
          computation,
          verdict: 'consistent',
        });
      }
      break;
    }
  }
  return checks;
}
