import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/index';
import { lookupTable } from '../../../src/core/text/lookup-table';

// Words that name Object.prototype's members: a table lookup by such a word must find nothing.
const WORDS = ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf', 'isPrototypeOf', 'prototype'];

describe('a page whose words are the names of object members', () => {
  it('reads to the end, with figures, dates and quotes, and never throws', () => {
    const body = WORDS.map((w) =>
      `The ${w} of ${w} said ${w} was ${w}. Dozens of ${w} and 3 ${w} rose 5% to 40 ${w} per ${w}, according to ${w}. “${w} ${w},” said ${w} ${w} on ${w} 2019.`,
    ).join('\n\n');
    const sheet = analyzeText(`Harbour figures\n\n${body}\n\nThe harbour board said 12 ferries sailed on Monday.\n`, {
      referenceDate: new Date('2026-09-01T12:00:00Z'),
    });
    expect(sheet.figures.some((f) => f.text.includes('12'))).toBe(true);
  });

  it('finds no entry for them in a lookup table', () => {
    const table = lookupTable({ dozens: 24 });
    for (const w of WORDS) expect(table[w]).toBeUndefined();
    expect(table.dozens).toBe(24);
  });
});
