import { describe, expect, it } from 'vitest';
import { possessiveOfNamedOwner } from '../../../src/core/sources/owner-name-possessive';
import { run, said } from './run';

const PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'with', 'by']);
const ROLES = new Set(['economist', 'director', 'president']);
const read = (phrase: string) => possessiveOfNamedOwner(phrase.split(' '), 0, (w) => PREPOSITIONS.has(w), (w) => ROLES.has(w));

describe('a role after the possessive of a body named with "of"', () => {
  it('finds the possessive that opens the role', () => {
    expect(read("Acme Bank of Canada's chief economist")).toBe(3);
    expect(read("Harbour Board of Vardby's director")).toBe(3);
  });

  it('leaves a lower-case head before "of", a possessive with no role, and a name without "of"', () => {
    expect(read("head of the country's central bank")).toBe(-1);
    expect(read("Acme Bank of Canada's")).toBe(-1);
    expect(read("Acme's chief economist")).toBe(-1);
    expect(read("Veterans of Ireland's diplomatic service")).toBe(-1);
  });

  it('credits the name set after the role', () => {
    const r = run(['Sales slowed in March. The latest figures just about end the debate, said Acme Bank of Canada\'s chief economist, Ada Lind.']);
    expect(said(r)).toContain('Ada Lind | The latest figures just about end the debate');
  });
});
