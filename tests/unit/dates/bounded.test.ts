// The core runs in the reader's page: hostile or huge input must stay bounded in time and in
// output, and must not throw.

import { describe, expect, it } from 'vitest';
import { datesIn } from './dates-helper';

const PUBLISHED = '2025-02-06';

describe('bounded work', () => {
  it('reads a page full of numbers quickly and caps what it returns', () => {
    const sentence = 'In 2019 the 1,234 units cost 2020 and 12/11 of 3 rose 45% on March 3 and Tuesday. ';
    const text = Array.from({ length: 400 }, () => sentence.repeat(10)).join('\n\n'); // ~340 KB
    const started = performance.now();
    const dates = datesIn(text, PUBLISHED);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(20_000);
    expect(dates.length).toBeGreaterThan(100);
    expect(dates.length).toBeLessThanOrEqual(1_000);
  });

  it('survives one enormous sentence and pathological repetitions', () => {
    const text = `${'1'.repeat(50_000)} ${'January '.repeat(5_000)}${'mid-'.repeat(5_000)}${'-'.repeat(20_000)}2019`;
    const started = performance.now();
    expect(() => datesIn(text, PUBLISHED)).not.toThrow();
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('stops at a fixed budget on a 5 MB page and says so', () => {
    const text = 'Nothing happened on Tuesday. '.repeat(180_000);
    const started = performance.now();
    const dates = datesIn(text, PUBLISHED);
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(dates.length).toBeLessThanOrEqual(1_000);
    expect(dates.length).toBeGreaterThan(500);
  });
});
