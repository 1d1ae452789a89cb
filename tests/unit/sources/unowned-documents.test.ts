import { describe, expect, it } from 'vitest';
import { run } from './run';

const names = (r: ReturnType<typeof run>) => r.sources.map((s) => s.name);

describe('plural documents with no name or owner, gathered by their noun', () => {
  it('gives "Early projections" and "early projections in Vardby" one source', () => {
    const r = run([
      'Early projections suggested that the harbour party had won the vote.',
      'The ferry party came second, early projections in Vardby showed.',
    ]);
    expect(names(r)).toEqual(['Early projections']);
    expect(r.sources[0]!.statements).toBe(2);
  });

  it('keeps documents of other nouns, and owned ones, apart', () => {
    const r = run([
      'Early projections suggested that the harbour party had won the vote.',
      'The ferry party came second, early results showed.',
      'The ferry party won 12 seats, Gazette projections showed.',
    ]);
    expect(names(r)).toEqual(['Early projections', 'early results', 'Gazette projections']);
  });
});
