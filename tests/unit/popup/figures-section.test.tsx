// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Figure } from '../../../src/core/types';
import { clauseAround, countedNoun } from '../../../src/popup/format/group-figures';
import { mount, texts } from './render';
import { sampleSheet } from './sample-sheet';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./browser-stub')).browserStub }));

const { FiguresSection } = await import('../../../src/popup/sections/figures-section');

const provenance = { extractor: 'test', confidence: 1 };
function figure(id: string, text: string, sentence: string, extra: Partial<Figure>): Figure {
  const start = sentence.indexOf(text);
  return { id, start, end: start + text.length, text, kind: 'count', low: 1, high: 1, unit: null, counts: null, sentence, provenance, ...extra };
}

const SENTENCE_A = 'The council has spent five years on the plan, and the inquiry ran for 22 years before it reported.';
const figures: Figure[] = [
  figure('f1', 'five years', SENTENCE_A, { kind: 'duration', value: 5, low: 5, high: 5, unit: 'years' }),
  figure('f2', '22 years', SENTENCE_A, { kind: 'duration', value: 22, low: 22, high: 22, unit: 'years' }),
  figure('f3', '38%', 'Turnout fell to 38%, lower than in 2019.', { kind: 'percent', value: 38, low: 38, high: 38, unit: 'percent', counts: 'lower' }),
  figure('f4', '4 km', 'The new wall runs for 4 km along the river.', { kind: 'measure', value: 4, low: 4, high: 4, unit: 'km', normalized: { low: 4000, high: 4000, unit: 'm', dimension: 'Length' } }),
  figure('f5', '£3m', 'Repairs cost £3m last year.', { kind: 'money', value: 3e6, low: 3e6, high: 3e6, unit: 'GBP', normalized: { low: 3e6, high: 3e6, unit: 'GBP', dimension: 'Money (GBP)' } }),
  figure('f6', 'three-party negotiation', 'A three-party negotiation followed.', { kind: 'count', value: 3, low: 3, high: 3, unit: 'party', counts: 'party negotiation' }),
  figure('f7', 'Dozens of homes', 'Dozens of homes were flooded.', { kind: 'count', low: 12, high: 120, unit: 'homes', counts: 'homes', vague: true }),
  figure('f8', '12 renovated', 'Of the homes, 12 renovated.', { kind: 'count', value: 12, low: 12, high: 12, unit: 'renovated', counts: 'renovated' }),
];

describe('the figures section', () => {
  it('names groups by what they count or measure, never by a unit symbol, verb or adjective', async () => {
    const root = await mount(<FiguresSection sheet={{ ...sampleSheet(), figures, crossChecks: [] }} />);
    expect(texts(root, 'h3')).toEqual(['Durations', 'Percentages', 'Length', 'Money (GBP)', 'Parties', 'Counts']);
  });

  it('shows each figure with a cut of its clause, the figure marked', async () => {
    const root = await mount(<FiguresSection sheet={{ ...sampleSheet(), figures, crossChecks: [] }} />);
    const durations = root.querySelector('[aria-label="Durations"]')!;
    expect(texts(durations, '.clause mark')).toEqual(['five years', '22 years']);
    expect(texts(durations, '.clause')).toEqual(['The council has spent five years on the plan', 'and the inquiry ran for 22 years before it reported.']);
    // "38%, lower than …": no adjective posing as what the figure is about.
    expect(texts(root, '[aria-label="Percentages"] .subject')).toEqual([]);
  });

  it('leaves vague magnitudes out of the list and the count', async () => {
    const root = await mount(<FiguresSection sheet={{ ...sampleSheet(), figures, crossChecks: [] }} />);
    expect(root.textContent).not.toContain('Dozens of homes');
    expect(root.querySelector('h2 .count')?.textContent).toBe('7');
  });
});

describe('figure helpers', () => {
  it('reads a counted noun in the plural, or none for a verb or adjective', () => {
    expect(countedNoun(figures[5]!)).toBe('parties');
    expect(countedNoun(figures[7]!)).toBeNull();
    expect(countedNoun({ ...figures[7]!, unit: 'previous' })).toBeNull();
  });
  it('cuts a long clause on both sides with an ellipsis', () => {
    const long = 'In a statement issued late on Tuesday evening the regional authority confirmed that 400 people had been moved to shelters across the valley and the coast while crews worked.';
    const cut = clauseAround(figure('x', '400 people', long, {}))!;
    expect(cut.figure).toBe('400 people');
    expect(cut.before.startsWith('…')).toBe(true);
    expect(cut.after.endsWith('…')).toBe(true);
  });
});
