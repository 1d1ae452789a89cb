import { describe, expect, it } from 'vitest';
import { isPlaceUnitAfter } from '../../../src/core/sources/refiners/place-noun-after';
import { run } from './run';

const speakers = (paragraphs: string[]) => run(paragraphs, []).quotes.map((q) => `${q.speaker}: ${q.text}`);

describe('a name a lower-case unit of places follows', () => {
  it('reads the unit right after the name', () => {
    expect(isPlaceUnitAfter(' district, where he lives')).toBe(true);
    expect(isPlaceUnitAfter(' county line')).toBe(true);
    expect(isPlaceUnitAfter(' said on Monday')).toBe(false);
    expect(isPlaceUnitAfter(' state visit')).toBe(false);
    expect(isPlaceUnitAfter(' districting plan')).toBe(false);
  });

  it('is no person a later "he" can be', () => {
    const quotes = speakers([
      'A young man in Veldmark’s Skarvik district is painting murals about handwashing in the hill villages.',
      'Cases have been found in five districts. Skarvik so far has not seen a single case.',
      '“I will paint more villages next month,” he said.',
    ]);
    expect(quotes.some((q) => q.startsWith('Veldmark’s Skarvik'))).toBe(false);
  });

  it('leaves a person named before a noun of something else', () => {
    const quotes = speakers(['Tove Lindqvist, a painter in Skarvik, spoke to the council.', '“We need more posters,” she said.']);
    expect(quotes).toContain('Tove Lindqvist: We need more posters');
  });
});
