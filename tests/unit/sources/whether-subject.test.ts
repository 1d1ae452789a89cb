import { describe, expect, it } from 'vitest';
import { isWhetherSubject } from '../../../src/core/sources/whether-subject';
import { run } from './run';

// The subject of an indirect question neither says nor holds what its verb says.
describe('a subject inside a "whether" clause', () => {
  it('reads a phrase that opens with "whether"', () => {
    expect(isWhetherSubject('Whether local ferry firms')).toBe(true);
    expect(isWhetherSubject('and whether the council')).toBe(true);
    expect(isWhetherSubject('Local ferry firms')).toBe(false);
    expect(isWhetherSubject('Whetherby Council')).toBe(false);
  });

  it('lists no source for the question, and keeps the one who asks it', () => {
    const r = run([
      'Whether local ferry firms will agree to run the winter crossings remains unclear.',
      'The harbour master said the crossings would need a subsidy.',
    ], [], { attitudes: true });
    expect(r.sources.map((s) => s.name)).toEqual(['harbour master']);
  });
});
