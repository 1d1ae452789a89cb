import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/core/sources/model';
import { mergeAliases } from '../../../src/core/sources/refiners/alias-merge';
import { findByName } from '../../../src/core/sources/refiners/coreference';
import { NameIndex } from '../../../src/core/sources/refiners/name-index';
import { normName } from '../../../src/core/sources/refiners/names';
import { growth, GROWTH_TIMEOUT } from '../../helpers/growth';
import { run, said } from './run';

// Distinct invented names: "Bacon", "Cobaon", … (4,096 of them).
const syllable = (n: number) => 'Ba Co De Fi Gu Ha Ji Ko Lu Ma No Pe Ri Sa Tu Vo'.split(' ')[n % 16]!;
const word = (i: number) => `${syllable(i)}${syllable(i >> 4).toLowerCase()}${syllable(i >> 8).toLowerCase()}n`;
const person = (name: string): Entity => ({ kind: 'person', names: [name], descriptors: [], heads: [], role: null, affiliation: null, firstBlock: 0 });

describe('a page of many different speakers', () => {
  const page = (size: number) => Array.from({ length: size }, (_, i) => `${word(i)} ${word(i + 2000)} said the harbour would reopen on Friday.`);

  it('gives each speaker their own source, and a surname met later to the full name', () => {
    const r = run([...page(40), `${word(2030)} said the ferry would wait.`]);
    expect(new Set(r.sources.map((s) => s.name)).size).toBe(40);
    expect(said(r).at(-1)).toBe(`${word(30)} ${word(2030)} | the ferry would wait`);
  });

  it('finds a name among many entities by its surname, its full form or its acronym', () => {
    const entities = [person('Tana Cobaon'), person('Rua Fiban'), { ...person('Harbour Safety Board'), kind: 'organization' as const }];
    const index = NameIndex.over(entities, normName);
    expect(findByName(entities, index, 'Fiban')).toBe(1);
    expect(findByName(entities, index, 'Ms. Rua Fiban')).toBe(1);
    expect(findByName(entities, index, 'HSB')).toBe(2);
    expect(findByName(entities, index, 'Bacon')).toBe(-1);
  });

  it('looks names up in time that grows with the entities, not with their square', () => {
    const lookups = (size: number) => {
      const entities: Entity[] = [];
      const index = new NameIndex(normName);
      for (let i = 0; i < size; i++) {
        const name = `${word(i)} ${word(i + 2000)}`;
        if (findByName(entities, index, name, 'person') < 0) index.add(entities.push(person(name)) - 1, name);
      }
    };
    expect(growth(lookups, 500)).toBeLessThan(10);
  }, GROWTH_TIMEOUT);

  it('merges surnames with full names in time that grows with the entities, not with their square', () => {
    const entities = (size: number) => Array.from({ length: size }, (_, i) => person(i % 2 ? word(i - 1 + 2000) : `${word(i)} ${word(i + 2000)}`));
    const merged = entities(6);
    mergeAliases(merged, []);
    expect(merged.map((e) => e.mergedInto)).toEqual([undefined, 0, undefined, 2, undefined, 4]);
    expect(growth((size) => mergeAliases(entities(size), []), 500)).toBeLessThan(10);
  }, GROWTH_TIMEOUT);
});
