import { describe, expect, it } from 'vitest';
import { datesIn } from './dates-helper';

const PUBLISHED = '2025-02-06';

function ranges(text: string): Array<[string, string, string | undefined, string | undefined]> {
  return datesIn(text, PUBLISHED).map((d) => [d.text, d.value, d.interval?.start, d.interval?.end]);
}

describe('ranges', () => {
  it('joins two years', () => {
    expect(ranges('From 2019 to 2021, sales doubled.')).toEqual([['2019 to 2021', '2019', '2019', '2021']]);
    expect(ranges('Fighting raged between 1992 and 1995.')).toEqual([['1992 and 1995', '1992', '1992', '1995']]);
    expect(ranges('The 2019-20 season was cut short.')).toEqual([['2019-20', '2019', '2019', '2020']]);
  });

  it('does not join two years without "between"', () => {
    expect(ranges('Output rose in 2023 and 2024.')).toEqual([
      ['2023', '2023', undefined, undefined],
      ['2024', '2024', undefined, undefined],
    ]);
  });

  it('joins two months, the year written once', () => {
    expect(ranges('It rained between March and May 2024.')).toEqual([['March and May 2024', '2024-03', '2024-03', '2024-05']]);
    expect(ranges('The summit runs Jan-Feb 2026.')).toEqual([['Jan-Feb 2026', '2026-01', '2026-01-01', '2026-02-01']]);
    expect(ranges('Voting ran Nov. 18-Dec. 19, 2024.')).toEqual([['Nov. 18-Dec. 19, 2024', '2024-11-18', '2024-11-18', '2024-12-19']]);
  });

  it('keeps chrono’s day ranges', () => {
    expect(ranges('The festival ran January 5-7, 2025.')).toEqual([['January 5-7, 2025', '2025-01-05', '2025-01-05', '2025-01-07']]);
  });

  it('reads a range across a new year', () => {
    expect(ranges('The exhibition runs from November 2024 to March 2025.')).toEqual([
      ['November 2024 to March 2025', '2024-11', '2024-11', '2025-03'],
    ]);
  });
});
