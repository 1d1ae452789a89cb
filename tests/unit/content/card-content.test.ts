import { describe, expect, it } from 'vitest';
import { attributionOf, cardModel, formatValue, innermostQuote } from '../../../src/content/hover-card/content';
import type { Quote } from '../../../src/core/types';
import { figureAt, sheetOf } from './page-helpers';

const quote = (start: number, end: number, extra: Partial<Quote> = {}): Quote => ({
  id: 'q', start, end, text: '', speaker: 'Ana Ruiz', sourceId: 's1', direct: true, indirect: false, cue: 'said',
  provenance: { extractor: 'test', confidence: 1 }, ...extra,
});

describe('the card’s words', () => {
  it('formats the normalised value with its unit', () => {
    expect(formatValue({ value: 48_000_000, low: 48_000_000, high: 48_000_000, unit: 'GBP', kind: 'money' })).toBe('£48,000,000');
    expect(formatValue({ value: 2.5, low: 2.5, high: 2.5, unit: 'USD', kind: 'money' })).toBe('$2.50');
    expect(formatValue({ value: 50, low: 50, high: 50, unit: 'percent', kind: 'percent' })).toBe('50%');
    expect(formatValue({ low: 11_000, high: 12_000, unit: 'troops', kind: 'count' })).toBe('11,000–12,000 troops');
    expect(formatValue({ value: 3, low: 3, high: 3, unit: 'percentage-points', kind: 'percentage-points' })).toBe('3 percentage points');
    expect(formatValue({ value: 420, low: 420, high: 420, unit: null, kind: 'number' })).toBe('420');
    expect(formatValue({ value: 7, low: 7, high: 7, unit: 'XYZW', kind: 'measure' })).toBe('7 XYZW');
  });

  it('names the innermost quote that holds the figure', () => {
    const outer = quote(0, 100, { id: 'outer', speaker: 'The council' });
    const inner = quote(10, 40, { id: 'inner' });
    expect(innermostQuote([outer, inner], { start: 12, end: 20 })?.id).toBe('inner');
    expect(innermostQuote([outer, inner], { start: 50, end: 60 })?.id).toBe('outer');
    expect(innermostQuote([outer, inner], { start: 95, end: 105 })).toBeNull();
    expect(attributionOf(inner)).toBe('Quoted from Ana Ruiz (said)');
    expect(attributionOf(quote(0, 1, { direct: false, indirect: true, cue: 'according to' }))).toBe('Attributed to Ana Ruiz (according to)');
    expect(attributionOf(quote(0, 1, { speaker: null }))).toBeNull();
  });

  it('gives a figure its value, what it counts, its sentence, its speaker and its cross-check', () => {
    const text = '“We need 300 more workers,” said Ana Ruiz.';
    const figure = figureAt(text, '300 more workers', 'f1', {
      kind: 'count', value: 300, low: 300, high: 300, unit: 'workers', counts: 'workers', sentence: text,
    });
    const sheet = sheetOf(text, [figure], [quote(1, 26)]);
    sheet.crossChecks = [{ id: 'c1', kind: 'parts-vs-whole', figureIds: ['f1'], note: 'Parts add up.', computation: '', verdict: 'consistent' }];
    const model = cardModel(sheet, { kind: 'figure', id: 'f1', start: figure.start, end: figure.end, text: figure.text })!;
    expect(model.heading).toBe('300 more workers');
    expect(model.facts).toEqual([
      { label: 'Value', value: '300 workers' }, { label: 'Counts', value: 'workers' }, { label: 'Kind', value: 'count' },
    ]);
    expect(model.sentence).toBe(text);
    expect(model.attribution).toBe('Quoted from Ana Ruiz (said)');
    expect(model.checks).toEqual([{ note: 'Parts add up.', verdict: 'consistent' }]);
    expect(model.summary).toBe('Figure: 300 more workers, value 300 workers, counts workers, Quoted from Ana Ruiz (said).');
  });

  it('has no card for an id the sheet does not hold', () => {
    expect(cardModel(sheetOf('x', []), { kind: 'figure', id: 'nope', start: 0, end: 1, text: 'x' })).toBeNull();
  });
});
