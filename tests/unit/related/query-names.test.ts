import { describe, expect, it } from 'vitest';
import { buildQuery } from '../../../src/background/related/query/build-query';
import { analyzeText } from '../../../src/core/index';
import type { FactSheet } from '../../../src/core/types';

// Names and terms of made-up articles: what becomes an entity, and what must not.

function sheetOf(title: string, body: string, published = '2026-11-20T09:00:00Z'): FactSheet {
  const sheet = analyzeText(body, { referenceDate: new Date('2026-11-20T12:00:00Z'), url: 'https://www.daily.example/a' });
  sheet.meta = { ...sheet.meta, title, published, language: 'en-GB', publisher: 'The Daily', publishers: ['The Daily'] };
  return sheet;
}

describe('entities', () => {
  it('drops the office before a name, keeps possessives inside a name and drops the one at its end', () => {
    const query = buildQuery(sheetOf(
      'Finance Minister Lena Okafor defends the King\'s Speech budget',
      'LAGOS – Finance Minister Lena Okafor on Tuesday defended the budget set out in the King\'s Speech. '
      + 'Lena Okafor\'s plan cuts fuel subsidies, the Central Bank of Nigeria said.',
    ));
    expect(query.entities).toEqual(['Lena Okafor', "King's Speech", 'Central Bank of Nigeria']);
  });

  it('never takes weekdays, months, sentence-initial words, datelines or shouted headings for names', () => {
    const query = buildQuery(sheetOf(
      'Flood barriers raised along the river',
      'YORK – On Monday in March engineers raised the barriers. Residents were told to move cars. '
      + 'READ MORE ABOUT THIS. Engineers said the water would peak overnight.',
    ));
    expect(query.entities).toEqual([]);
    expect(query.keywords).toEqual(['barriers', 'raised', 'flood']);
    expect(query.text).toBe('barriers raised flood');
  });

  it('leaves the own outlet and host for the merge step', () => {
    const query = buildQuery(sheetOf('Flood barriers raised', 'Engineers raised the barriers.'));
    expect(query.ownHosts).toEqual(['daily.example']);
    expect(query.ownOutlets).toEqual(['The Daily']);
    expect(query.window).toEqual({ from: '2026-11-18', to: '2026-11-25' });
  });

  it('gives no window without a publication date and no query without words', () => {
    const query = buildQuery(sheetOf('', '', ''));
    expect(query.window).toBeNull();
    expect(query.text).toBe('');
  });
});
