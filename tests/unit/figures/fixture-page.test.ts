// The whole pipeline on a fixture page: figures in the article only, dates and names left out,
// and the cross-checks the text makes explicit.
import { describe, expect, it } from 'vitest';
import { analyzeFixture } from '../../helpers/load-fixture';

describe('figures on a news page', () => {
  const { sheet } = analyzeFixture('figures/flood-report.html', { url: 'https://valley-courier.example/2026/03/04/floods' });
  const byText = new Map(sheet.figures.map((f) => [f.text, f]));

  it('finds every figure of the article with its value and unit', () => {
    expect(sheet.figures.map((f) => [f.text, f.low, f.high, f.unit])).toEqual([
      ['up to 30 percent', 30, 30, 'percent'],
      ['as many as 30 percent', 30, 30, 'percent'],
      ['4,000 to 5,000 river households', 4000, 5000, 'households'],
      ['$120 million to $150 million', 120_000_000, 150_000_000, 'USD'],
      ['2.5 metres', 2.5, 2.5, 'm'],
      ['three days', 3, 3, 'days'],
      ['nearly twice', 2, 2, 'times'],
      ['a fifth and 30 percent', 20, 30, 'percent'],
      ['80 deaths', 80, 80, 'deaths'],
      ['48-year-old', 48, 48, 'years'],
      ['200 shelters', 200, 200, 'shelters'],
      ['150', 150, 150, 'shelters'], // the unit said once for the whole and its parts
      ['50', 50, 50, 'shelters'],
      ['Twelve', 12, 12, null],
      ['48 bridges', 48, 48, 'bridges'],
      ['25 percent', 25, 25, 'percent'],
    ]);
  });

  it('records qualifiers, change and what each figure counts', () => {
    expect(byText.get('as many as 30 percent')!.qualifier).toBe('up-to');
    expect(byText.get('2.5 metres')!.change).toEqual({ direction: 'up', verb: 'rose' });
    expect(byText.get('4,000 to 5,000 river households')!.counts).toBe('river households');
    expect(byText.get('80 deaths')!.sentence).toContain('meaning perhaps 80 deaths');
  });

  it('cross-checks the share, the parts and the percentage', () => {
    expect(sheet.crossChecks.map((c) => [c.kind, c.verdict, c.computation])).toEqual([
      ['implied-amount', 'different-counts', 'up to 30% × 4,000–5,000 = up to 1,200–1,500; 20–30% × 4,000–5,000 = 800–1,500; compared with 80 deaths'],
      ['parts-vs-whole', 'consistent', '150 + 50 = 200 vs 200'],
      ['percent-vs-count', 'consistent', '12 / 48 × 100 = 25% vs 25%'],
    ]);
  });
});
