import { describe, expect, it } from 'vitest';
import { isIdea } from '../../../src/core/sources/refiners/idea-source';
import { run } from './run';

describe('an idea is no source', () => {
  it('drops a theory or a theorem read as a speaker', () => {
    const r = run([
      'According to this theory, the first volunteer matters as much as the founder.',
      'The mean value theorem says that a smooth curve has a tangent parallel to its chord.',
    ]);
    expect(r.sources.map((s) => s.name)).toEqual([]);
  });

  it('keeps names and people around the word', () => {
    expect(isIdea('this theory')).toBe(true);
    expect(isIdea('Theory Group')).toBe(false);
    expect(isIdea('the theory’s author')).toBe(false);
    const r = run(['According to the economist who proposed the theory, prices will fall.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['economist who proposed the theory']);
  });
});
