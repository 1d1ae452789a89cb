import { describe, expect, it } from 'vitest';
import data from '../../../src/core/sources/refiners/quote-check.json';
import { quoteConfidence, quoteProbability, type QuoteCheckModel } from '../../../src/core/sources/refiners/quote-check';
import { run } from './run';

const confidence = (r: ReturnType<typeof run>, text: string) => r.quotes.find((q) => q.text === text)!.provenance.confidence;

describe('the learned confidence of a quote', () => {
  const result = run([
    'Tilde Okafor, the ferry operator, said the night crossings would resume in April.',
    '“The new hull has passed every test,” she said.',
    'She was hoping at the outset.',
  ], [], { attitudes: true });

  it('ranks a named speaker’s plain statement above a pronoun’s loose position that opens with a preposition', () => {
    const statement = confidence(result, 'the night crossings would resume in April');
    const quotation = confidence(result, 'The new hull has passed every test');
    const position = confidence(result, 'at the outset');
    expect(statement).toBeGreaterThan(position);
    expect(quotation).toBeGreaterThan(position);
    expect(position).toBeLessThan(0.3);
  });

  it('is a probability to two places, not the parser’s constant', () => {
    for (const q of result.quotes) {
      expect(q.provenance.confidence).toBeGreaterThan(0);
      expect(q.provenance.confidence).toBeLessThan(1);
      expect(Math.round(q.provenance.confidence * 100) / 100).toBe(q.provenance.confidence);
    }
  });

  it('gives a source the confidence of its surest quote', () => {
    const source = result.sources.find((s) => s.name === 'Tilde Okafor')!;
    const own = result.quotes.filter((q) => q.sourceId === source.id).map((q) => q.provenance.confidence);
    expect(source.provenance.confidence).toBe(Math.max(...own));
  });

  it('calibrates the check’s score by group, and is the plain probability without a calibration', () => {
    const flat: QuoteCheckModel = { bias: 0, thresholds: {}, weights: { 'cue=said': 1 } };
    expect(quoteConfidence(['cue=said'], 'quoted', flat)).toBe(Math.round(100 * quoteProbability(['cue=said'], flat)) / 100);
    // a = 0 leaves only b: every quotation of the group gets 1 / (1 + e^-ln 3) = 0.75
    const calibrated: QuoteCheckModel = { ...flat, confidence: { quoted: [0, Math.log(3)] } };
    expect(quoteConfidence(['cue=said'], 'quoted', calibrated)).toBe(0.75);
    expect(quoteConfidence(['cue=said'], 'reported', calibrated)).toBe(Math.round(100 * quoteProbability(['cue=said'], flat)) / 100);
  });

  it('ships a calibration for every group, each raising the score with it', () => {
    for (const group of ['position', 'quoted', 'reported'] as const) {
      const [a, b] = data.confidence[group];
      expect(a).toBeGreaterThan(0);
      expect(Math.abs(b!)).toBeLessThan(5);
    }
  });
});
