import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/index';
import { isDateOnly } from '../../../src/core/sources/date-only-content';
import type { DateMention } from '../../../src/core/types';

const quotes = (text: string) =>
  analyzeText(text, { referenceDate: new Date('2026-09-01T12:00:00Z') }).quotes.map((q) => `${q.speaker} | ${q.text}`);

describe('contents that are only a date', () => {
  it('does not report "last week" or "on Monday" as what a source said', () => {
    const text = 'Ferry talks\n\nThe ferry will stop in March, as the Courier reported last week. Fares will rise, as Mayor Ann Cole noted on Monday.\n';
    // (The as-clauses credit the sentences around them, parsers/as-reported.ts; never the dates.)
    expect(quotes(text)).toEqual(['Courier | The ferry will stop in March', 'Ann Cole | Fares will rise']);
  });

  it('keeps a statement that only mentions a date', () => {
    const text = 'Ferry talks\n\nMayor Ann Cole said the ferry would stop on Monday.\n';
    expect(quotes(text)).toEqual(['Ann Cole | the ferry would stop on Monday']);
  });

  it('looks only at the dates inside the content', () => {
    const text = 'He said last week that it rained last week.';
    const at = (word: string, from = 0) => text.indexOf(word, from);
    const mention = (start: number, end: number) => ({ start, end }) as DateMention;
    const dates = [mention(at('last week'), at('last week') + 9), mention(at('last week', 20), at('last week', 20) + 9)];
    expect(isDateOnly(text, at('last week'), at('last week') + 9, dates)).toBe(true);
    expect(isDateOnly(text, at('that'), text.length - 1, dates)).toBe(false);
    expect(isDateOnly(text, 0, 2, dates)).toBe(false);
  });
});
