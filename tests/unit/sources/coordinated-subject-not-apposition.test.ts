import { describe, expect, it } from 'vitest';
import { run } from './run';

const quotes = (paragraphs: string[]) => run(paragraphs).quotes.map((q) => `${q.speaker} | ${q.text}`);

describe('a list of names that is the subject of its own clause, before an inverted "said Name"', () => {
  it('gives the statement to the name after the verb, not to the first name of the list', () => {
    const found = quotes(['Lisbon, Oslo, Brno, St Gallen and Gent have also been removed from the council’s list of partner cities, said Justice Secretary Ana Ferreira.']);
    expect(found.some((q) => q.startsWith('Ana Ferreira | Lisbon, Oslo'))).toBe(true);
    expect(found.some((q) => q.startsWith('Lisbon') || q.startsWith('Brno'))).toBe(false);
  });

  it('keeps a long description with a relative clause as an apposition', () => {
    const found = quotes(['Ada Lund, the harbour judge who had been named to the bench in March, said the piers would be rebuilt.']);
    expect(found).toContain('Ada Lund | the piers would be rebuilt');
  });

  it('leaves the first phrase of the list as the subject of a verb that is not an inverted "said Name"', () => {
    const found = quotes(['A union of ferry crews, harbour pilots and the port board has won three rulings this year, showing how the new law has weakened the owners.']);
    expect(found.some((q) => q.startsWith('harbour pilots') || q.startsWith('ferry crews'))).toBe(false);
  });
});

describe('a quantifier after ", and" opens its own clause', () => {
  it('gives the position to "few", not to the "including" phrase before it', () => {
    const r = run(['Many of the riders are new to the ferry, including older commuters, and few express trust in the pier board.'], [], { attitudes: true });
    const q = r.quotes.find((x) => x.cue === 'express');
    expect(q?.speaker).toBe('few');
  });

  it('still reads a description between commas as the name before it', () => {
    const found = quotes(['Ada Lund, the harbour judge, said the piers would be rebuilt.']);
    expect(found).toContain('Ada Lund | the piers would be rebuilt');
  });
});
