import { describe, expect, it } from 'vitest';
import { dateValueLabel, intervalLabel } from '../../../src/popup/format/date-value';
import { absoluteDate, relativeAge } from '../../../src/popup/format/relative-age';

// Dates as the panel says them.

const NOW = Date.parse('2026-11-26T12:00:00Z');

describe('relativeAge', () => {
  it.each([
    ['2026-11-26T11:59:30Z', 'just now'],
    ['2026-11-26T11:55:00Z', '5 minutes ago'],
    ['2026-11-26T09:00:00Z', '3 hours ago'],
    ['2026-11-25T10:00:00Z', 'yesterday'],
    ['2026-11-23T12:00:00Z', '3 days ago'],
    ['2026-11-23', '3 days ago'],
    ['2026-11-12T12:00:00Z', '2 weeks ago'],
    ['2026-08-20T12:00:00Z', '3 months ago'],
    ['2025-02-06T01:32:11+00:00', '2 years ago'],
    ['2026-11-26T14:00:00Z', 'in 2 hours'],
  ])('%s is %s', (iso, expected) => {
    expect(relativeAge(iso, NOW)).toBe(expected);
  });

  it('gives nothing for a date it cannot read', () => {
    expect(relativeAge('last Tuesday', NOW)).toBeNull();
  });
});

describe('absoluteDate', () => {
  it('keeps a bare date on its day in any time zone', () => {
    expect(absoluteDate('2026-11-23')).toBe('23 November 2026');
  });
  it('returns what it cannot read unchanged', () => {
    expect(absoluteDate('soon')).toBe('soon');
  });
});

describe('dateValueLabel', () => {
  it.each([
    ['2025', '2025'],
    ['2025-Q1', 'Q1 2025'],
    ['2025-01', 'January 2025'],
    ['2025-01-11', '11 January 2025'],
    ['2025-13', '2025-13'],
    ['around then', 'around then'],
  ])('%s is %s', (value, expected) => {
    expect(dateValueLabel(value)).toBe(expected);
  });

  it('shortens an interval within a month', () => {
    expect(intervalLabel({ start: '2025-01-11', end: '2025-01-20' })).toBe('11–20 January 2025');
    expect(intervalLabel({ start: '2025-01-30', end: '2025-02-02' })).toBe('30 January 2025 – 2 February 2025');
    expect(intervalLabel({ start: '2025-02', end: '2025-02' })).toBe('February 2025');
  });
});
