// A whole page through the pipeline: the dates step, then the timeline, on a fixture written for
// this project (a wire-style story with a dateline, a caption and every common date form).

import { describe, expect, it } from 'vitest';
import { analyzeFixture } from '../../helpers/load-fixture';

const { sheet } = analyzeFixture('dates/port-strike.html', { url: 'https://harborledger.example/2024/10/10/strike' });
const byText = new Map(sheet.dates.map((d) => [d.text, d.value]));

describe('dates on a fixture page', () => {
  it('reads every date of the article at the precision the text gives', () => {
    expect(Object.fromEntries(byText)).toEqual({
      'October 10, 2024': '2024-10-10',
      'October 3, 2024': '2024-10-03',
      Thursday: '2024-10-10',
      'Oct. 1': '2024-10-01',
      '1977': '1977',
      'late Wednesday': '2024-10-09',
      January: '2025-01',
      'Jan. 15': '2025-01-15',
      'last week': '2024',
      'mid-November': '2024-11',
      August: '2024-08',
      Thanksgiving: '2024-11-28',
      'the summer of 2002': '2002',
      '2010 to 2019': '2010',
      'next week': '2024-10',
    });
  });

  it('leaves durations and counts to the figures step', () => {
    const texts = sheet.dates.map((d) => d.text).join(' | ');
    expect(texts).not.toMatch(/six years|25 years|11 days|nine days|62 percent|14 East/);
  });

  it('gives each date the clause it belongs to', () => {
    const jan = sheet.dates.find((d) => d.text === 'Jan. 15');
    expect(jan?.clause).toBe('Members will vote on the full contract in January, and the current deal runs until Jan. 15.');
  });

  it('builds the timeline in calendar order with the publication day marked', () => {
    // Ordered by where each date starts: "last week" (30 September–6 October) after August.
    const starts = sheet.timeline.map((t) => t.interval?.start ?? t.value);
    expect(starts).toEqual([...starts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(sheet.timeline.map((t) => t.text).slice(0, 4)).toEqual(['1977', 'the summer of 2002', '2010 to 2019', 'August']);
    const publication = sheet.timeline.filter((t) => t.isPublication);
    expect(publication).toHaveLength(1);
    expect(publication[0]).toMatchObject({ value: '2024-10-10' });
    // The printed date and "Thursday" are the same day: one entry, told from the body.
    expect(publication[0]?.dateIds).toHaveLength(2);
    expect(publication[0]?.text).toBe('Thursday');
  });
});
