import { describe, expect, it } from 'vitest';
import data from '../../../src/core/sources/refiners/quote-check.json';
import { isJudged, likelyEnough, QUOTE_CHECK, quoteProbability } from '../../../src/core/sources/refiners/quote-check';
import { run } from './run';

const CHECKED = { attitudes: true, quoteCheck: likelyEnough };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('the learned check on positions', () => {
  const paragraphs = [
    'Mara Jensen, the harbour master, said the ferry would run again by May.',
    'She was pushing at the start.',
  ];

  it('drops a loose position of a pronoun whose content opens with a preposition and keeps a plain statement', () => {
    expect(lines(run(paragraphs, [], { attitudes: true }))).toContain('Mara Jensen | pushing | at the start');
    expect(lines(run(paragraphs, [], CHECKED))).toEqual(['Mara Jensen | said | the ferry would run again by May']);
  });

  it('asks a check given by the caller about every reading, statements too (training records them all)', () => {
    const asked: string[] = [];
    const record = { attitudes: true, quoteCheck: (_: () => readonly string[], a: { text: string }) => { asked.push(a.text); return false; } };
    expect(lines(run(paragraphs, [], record))).toEqual([]);
    expect(asked).toEqual(expect.arrayContaining(['the ferry would run again by May', 'at the start']));
  });

  it('never judges a quotation', () => {
    expect(isJudged({ start: 0, end: 9, text: 'We sail.', direct: true, cue: null, cueStart: 0, speaker: null, block: 0, extractor: 'sources/continuation', confidence: 1 })).toBe(false);
  });

  it('loads weights of the expected shape', () => {
    expect(Number.isFinite(data.bias)).toBe(true);
    for (const threshold of Object.values(data.thresholds)) {
      expect(threshold).toBeGreaterThanOrEqual(0);
      expect(threshold).toBeLessThan(1);
    }
    expect(data.thresholds.position).toBeGreaterThan(0);
    const weights = Object.entries(data.weights);
    expect(weights.length).toBeGreaterThan(10);
    for (const [feature, w] of weights) {
      // a template's name, or two crossed ("extractor*opening=…")
      expect(feature).toMatch(/^[a-z-]+(?:\*[a-z-]+)?(?:=|$)/);
      expect(Math.abs(w)).toBeLessThan(10);
    }
    expect(QUOTE_CHECK.weights).toBe(data.weights);
  });

  it('gives the bias alone to features it has no weight for', () => {
    expect(quoteProbability(['unheard-of=feature'])).toBeCloseTo(1 / (1 + Math.exp(-QUOTE_CHECK.bias)));
  });
});
