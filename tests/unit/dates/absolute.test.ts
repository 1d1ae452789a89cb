import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/core/dates/index';
import { contextFor, datesIn, pairs } from './dates-helper';

// A Thursday.
const PUBLISHED = '2025-02-06';

describe('absolute dates', () => {
  it('reads month-name dates in every common order', () => {
    expect(pairs('The photograph was released on January 11, 2025 by the ministry.', PUBLISHED)).toEqual(['January 11, 2025=2025-01-11']);
    expect(pairs('The deal was signed on 11 January 2025 in Geneva.', PUBLISHED)).toEqual(['11 January 2025=2025-01-11']);
    expect(pairs('Thursday, Feb. 6, 2025', PUBLISHED)).toEqual(['Thursday, Feb. 6, 2025=2025-02-06']);
  });

  it('gives a year-less date the year its tense points to', () => {
    expect(pairs('The deal was signed Jan. 11 after months of talks.', PUBLISHED)).toEqual(['Jan. 11=2025-01-11']);
    expect(pairs('The report was published Nov. 3.', PUBLISHED)).toEqual(['Nov. 3=2024-11-03']);
    expect(pairs('Elections are scheduled for March 3.', PUBLISHED)).toEqual(['March 3=2025-03-03']);
    expect(pairs('The court will rule on Dec. 2.', PUBLISHED)).toEqual(['Dec. 2=2025-12-02']);
  });

  it('reads ISO dates', () => {
    expect(pairs('The filing, dated 2025-01-11, lists three owners.', PUBLISHED)).toEqual(['2025-01-11=2025-01-11']);
  });

  it('reads numeric dates month first in the US and day first in the UK', () => {
    expect(pairs('The order took effect on 1/11/2025.', PUBLISHED)).toEqual(['1/11/2025=2025-01-11']);
    expect(pairs('The order took effect on 1/11/2025.', PUBLISHED, { language: 'en-GB' })).toEqual(['1/11/2025=2025-11-01']);
  });

  it('lets a numeric date that can only be read one way settle the page', () => {
    const text = 'The first hearing was on 25/01/2025.\n\nThe second was on 03/02/2025.';
    expect(pairs(text, PUBLISHED)).toEqual(['25/01/2025=2025-01-25', '03/02/2025=2025-02-03']);
  });

  it('reads a printed date that is the publication day in either order', () => {
    expect(pairs('Published on 06/02/2025 - 16:38', PUBLISHED)).toEqual(['06/02/2025 - 16:38=2025-02-06']);
  });

  it('reads months with a year', () => {
    expect(pairs('North Korea has deployed troops since November 2024.', PUBLISHED)).toEqual(['November 2024=2024-11']);
    expect(pairs('It opened in November, 2010, downtown.', PUBLISHED)).toEqual(['November, 2010=2010-11']);
  });

  it('reads years on their own when the words around them make them years', () => {
    expect(pairs('The agency was founded in 2019.', PUBLISHED)).toEqual(['2019=2019']);
    expect(pairs('Turnout in the 2024 election was high.', PUBLISHED)).toEqual(['2024=2024']);
    expect(pairs('2024 was the warmest year on record.', PUBLISHED)).toEqual(['2024=2024']);
    expect(pairs('Spending will reach 5% of output by 2035.', PUBLISHED)).toEqual(['2035=2035']);
    expect(pairs('The empire fell in 1453.', PUBLISHED)).toEqual(['1453=1453']);
  });

  it('reads a month alone by tense, as the nearest or the one before', () => {
    expect(pairs('Sweden joined NATO in March.', PUBLISHED)).toEqual(['March=2024-03']);
    expect(pairs('The talks will resume in March.', PUBLISHED)).toEqual(['March=2025-03']);
    expect(pairs('The last forecast was made in January.', PUBLISHED)).toEqual(['January=2025-01']);
    expect(pairs('Prices rose last March.', PUBLISHED)).toEqual(['March=2024-03']);
  });

  it('keeps the year a month was given earlier in the article', () => {
    expect(pairs('The gala is set for December 2025.\n\nOn December 4, the winners will be named.', PUBLISHED)).toEqual([
      'December 2025=2025-12',
      'December 4=2025-12-04',
    ]);
  });

  it('reads "that September" in the year of the date before it', () => {
    expect(pairs('The invasion began in February 2022, with more leaving that September.', PUBLISHED)).toEqual([
      'February 2022=2022-02',
      'September=2022-09',
    ]);
  });

  it('records offsets, clause and provenance', () => {
    const text = 'Officials said the photo was released on January 11, 2025, but gave no details.';
    const [date] = datesIn(text, PUBLISHED);
    expect(date).toMatchObject({
      id: 'd1', text: 'January 11, 2025', value: '2025-01-11', precision: 'day', relative: false,
      clause: 'Officials said the photo was released on January 11, 2025',
      provenance: { extractor: 'dates/chrono' },
    });
    expect(text.slice(date!.start, date!.end)).toBe('January 11, 2025');
  });

  it('reads relative dates against the printed date when the page has no publication date', () => {
    const ctx = contextFor('byline: By A. Writer, 2022-04-26 21:21\n\nThe inspector was hurt on Friday.', '2026-11-27');
    const plain = { ...ctx, meta: { ...ctx.meta, published: null }, warnings: [] as string[] };
    expect(extractDates(plain).map((d) => `${d.text}=${d.value}`)).toEqual(['2022-04-26 21:21=2022-04-26', 'Friday=2022-04-22']);
    expect(plain.warnings).toEqual(['dates: no publication date; relative dates read against the printed date 2022-04-26']);
  });
});
