import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/core/dates/index';
import { buildTimeline } from '../../../src/core/dates/timeline';
import { contextFor } from './dates-helper';

function timelineOf(text: string, published: string) {
  const ctx = contextFor(text, published);
  ctx.dates = extractDates(ctx);
  return buildTimeline(ctx);
}

describe('timeline', () => {
  const text = [
    'headline: Port reopens after January storm',
    'dateline: February 6, 2025',
    'The port reopened on Tuesday after storms closed it on Jan. 11, 2025.',
    'It was last closed in 2019. Engineers said on Tuesday that repairs will finish next year.',
    'Repairs began in recent weeks.',
  ].join('\n\n');
  const timeline = timelineOf(text, '2025-02-06');

  it('puts the dates in calendar order with what happened', () => {
    expect(timeline.map((t) => [t.value, t.text])).toEqual([
      ['2019', '2019'],
      ['2025-01', 'January'],
      ['2025-01-11', 'Jan. 11, 2025'],
      ['2025-02-04', 'Tuesday'],
      ['2025-02-06', 'February 6, 2025'],
      ['2026', 'next year'],
    ]);
    expect(timeline[0]?.what).toBe('It was last closed in 2019.');
  });

  it('merges a date told twice into one entry', () => {
    const tuesday = timeline.find((t) => t.value === '2025-02-04');
    expect(tuesday?.dateIds).toHaveLength(2);
  });

  it('marks the printed publication date', () => {
    expect(timeline.filter((t) => t.isPublication)).toEqual([
      expect.objectContaining({ value: '2025-02-06', what: 'The article is published', dateId: expect.any(String) }),
    ]);
  });

  it('leaves vague dates off the timeline', () => {
    expect(timeline.some((t) => t.text === 'in recent weeks')).toBe(false);
  });

  it('adds the publication day when the text does not print it', () => {
    const entries = timelineOf('The port reopened on Tuesday.', '2025-02-06');
    expect(entries).toEqual([
      expect.objectContaining({ value: '2025-02-04', isPublication: false }),
      { dateId: null, value: '2025-02-06', text: '2025-02-06', what: 'The article is published', isPublication: true },
    ]);
  });
});
