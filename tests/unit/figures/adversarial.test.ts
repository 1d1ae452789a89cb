// Hostile inputs: every piece must finish quickly (linear time, no catastrophic backtracking).
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/figures/index';
import { ADVERSARIAL_PIECES, adversarialText } from './adversarial-text';

// Generous bounds on CPU time (not wall time: the machine running tests may be busy with other
// work). Quadratic behaviour would take tens of seconds.
const BUDGET_MS = 2000;

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

describe('adversarial inputs', () => {
  it.each(ADVERSARIAL_PIECES.map((piece, index) => [index, piece] as const))('piece %i at 200 KB is linear', (_index, piece) => {
    const text = piece.repeat(Math.ceil(200_000 / piece.length)).slice(0, 200_000);
    expect(cpuMs(() => findFigures(text))).toBeLessThan(BUDGET_MS);
  });
  it('reads 1 MB of mixed hostile text within the budget', () => {
    const text = adversarialText(1 << 20);
    findFigures(text.slice(0, 10_000));
    expect(cpuMs(() => findFigures(text))).toBeLessThan(BUDGET_MS);
  });
  it('bounds the work on a page full of numbers and says so', () => {
    const warnings: string[] = [];
    const figures = findFigures('7 cats, '.repeat(10_000), { onWarning: (w) => warnings.push(w) });
    expect(figures.length).toBeLessThanOrEqual(2000);
    expect(warnings.length).toBeGreaterThan(0);
  });
  it('survives nested brackets and long digit runs with exact results', () => {
    expect(findFigures('((((((((((42 boats))))))))))').map((f) => f.value)).toEqual([42]);
    expect(findFigures('9'.repeat(1000))).toEqual([]);
    expect(findFigures('1,2,3,4,5,6,7,8,9,0,'.repeat(100)).length).toBe(0);
  });
  it('scales linearly: four times the text takes well under sixteen times as long', () => {
    const piece = 'Sales rose 5% to $4.2bn as 11,000 to 12,000 staff, about half of them, left. ';
    const time = (n: number) => {
      const text = piece.repeat(n);
      return cpuMs(() => findFigures(text));
    };
    time(50);
    const small = Math.max(time(200), 1);
    const large = time(800);
    expect(large / small).toBeLessThan(16);
  });
});
