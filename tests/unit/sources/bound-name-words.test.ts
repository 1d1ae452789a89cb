import { describe, expect, it } from 'vitest';
import { boundNameWords } from '../../../src/core/sources/bound-name-words';

describe('lower-case words bound to a name', () => {
  it('binds a word the text writes only after one capitalised word, more than once', () => {
    const bound = boundNameWords('Figures from Vardmark polis show a lead. Later, Vardmark polis projections showed more.');
    expect(bound.get('polis')).toBe('Vardmark');
    expect(bound.has('projections')).toBe(false);
  });

  it('binds no word written once, after two names, or also on its own', () => {
    expect(boundNameWords('Vardmark polis said so.').has('polis')).toBe(false);
    expect(boundNameWords('Vardmark polis and Skerry polis agree.').has('polis')).toBe(false);
    expect(boundNameWords('Vardmark polis agree; the polis agree.').has('polis')).toBe(false);
  });
});
