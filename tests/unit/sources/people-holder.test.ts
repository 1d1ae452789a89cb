import { describe, expect, it } from 'vitest';
import { isPeopleHolder, isPeoplePhrase } from '../../../src/core/sources/refiners/people-holder';
import type { Entity } from '../../../src/core/sources/model';
import { run } from './run';

const entity = (names: string[], descriptors: string[] = []): Entity => ({ kind: 'anonymous', names, descriptors, heads: [], role: null, affiliation: null, firstBlock: 0 });

// A whole people as holder: the quote keeps it, no source is listed.
describe('a people as holder', () => {
  it('reads a people\'s plural, with quantifiers and adjectives before it', () => {
    expect(isPeoplePhrase('Norwegians')).toBe(true);
    expect(isPeoplePhrase('most Muslims')).toBe(true);
    expect(isPeoplePhrase('Internally displaced Syrians')).toBe(true);
    expect(isPeoplePhrase('Bajorians')).toBe(true);
    expect(isPeoplePhrase('the Kurds')).toBe(true);
  });

  it('leaves parties, surnames, groups with a noun of their own and names', () => {
    expect(isPeoplePhrase('Democrats')).toBe(false);
    expect(isPeoplePhrase('Republicans')).toBe(false);
    expect(isPeoplePhrase('Evans')).toBe(false);
    expect(isPeoplePhrase('Kurdish officials')).toBe(false);
    expect(isPeoplePhrase('Israeli prosecutors')).toBe(false);
    expect(isPeoplePhrase('German')).toBe(false);
    expect(isPeoplePhrase('Ola Berg Canadians')).toBe(false);
  });

  it('asks every form of the entity', () => {
    expect(isPeopleHolder(entity(['Norwegians'], ['most Norwegians']))).toBe(true);
    expect(isPeopleHolder(entity(['Norwegians'], ['the ministry']))).toBe(false);
    expect(isPeopleHolder(entity([]))).toBe(false);
  });

  it('keeps the quote under the people and lists no source for it', () => {
    const r = run(['Norwegians said the new bridge was far too long, according to the harbour council.'], [], { attitudes: true });
    expect(r.sources.map((s) => s.name)).toEqual(['harbour council']);
    expect(r.quotes.map((q) => q.speaker)).toContain('Norwegians');
  });

  it('still lists a party\'s members and a kind of people', () => {
    const r = run(['Democrats said the levy was unfair. Kurdish officials said the road would reopen in May.'], [], { attitudes: true });
    expect(r.sources.map((s) => s.name)).toEqual(expect.arrayContaining(['Democrats', 'Kurdish officials']));
  });
});
