import { describe, expect, it } from 'vitest';
import { isJoinedPronounHolder } from '../../../src/core/sources/refiners/joined-pronoun-holder';
import type { Entity } from '../../../src/core/sources/model';
import { run } from './run';

const entity = (names: string[], descriptors: string[]): Entity => ({ kind: 'anonymous', names, descriptors, heads: [], role: null, affiliation: null, firstBlock: 0 });

// A pronoun joined to a group keeps its quotes, but is no source a reader could list.
describe('a pronoun joined to a group as holder', () => {
  it('reads an unnamed entity described only by joined pronouns', () => {
    expect(isJoinedPronounHolder(entity([], ['she and her husband']))).toBe(true);
    expect(isJoinedPronounHolder(entity([], ['he and other pilots', 'He and his aides']))).toBe(true);
    expect(isJoinedPronounHolder(entity([], ['her husband']))).toBe(false);
    expect(isJoinedPronounHolder(entity(['Ola Berg'], ['she and her husband']))).toBe(false);
    expect(isJoinedPronounHolder(entity([], []))).toBe(false);
  });

  it('keeps the quote and lists the person under her name', () => {
    const r = run([
      'When Lise Varga opened her bakery in May, she and her partner quickly realized that the rent was too high.',
      '"We had no margin at all," Varga said.',
    ], [], { attitudes: true });
    expect(r.sources.map((s) => s.name)).toEqual(['Lise Varga']);
    expect(r.quotes.map((q) => q.speaker)).toContain('she and her partner');
  });
});
