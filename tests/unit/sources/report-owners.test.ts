import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const speakers = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.text.slice(0, 30)}`);

describe('"the article" named by the outlet that reported it', () => {
  it('gives "The article … said" to the article of the outlet that reported just before', () => {
    const r = run([
      'On Monday the Harbour Gazette reported that the ferry would stop in May.',
      'The article, citing two port officials, said that the pier was unsafe.',
    ], [], ATTITUDES);
    expect(speakers(r)).toEqual([
      'Harbour Gazette | the ferry would stop in May',
      'Harbour Gazette article | the pier was unsafe',
    ]);
    expect(r.sources[1]!.aliases).toContain('Harbour Gazette');
  });

  it('keeps an article no outlet reported before as a document', () => {
    const r = run(['The article said that the pier was unsafe.']);
    expect(r.sources.map((s) => s.name)).toEqual(['article']);
  });
});
