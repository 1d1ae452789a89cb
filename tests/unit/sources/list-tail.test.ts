import { describe, expect, it } from 'vitest';
import { run } from './run';

// The last items of a plural noun's list of places are no speaker: the plural noun phrase is.
describe('the tail of a list', () => {
  it('gives the statement to the plural noun and its list', () => {
    const r = run(['Farmers in Vardby, Oster Lund and Nordby say the river is drying up.']);
    expect(r.sources.map((s) => s.name)).toEqual(['Farmers in Vardby, Oster Lund and Nordby']);
  });

  it('leaves a pair named after a fronted phrase, and an apposed pair', () => {
    const r = run(['After talks in Vardby, Ann Lind and Tom Berg said the deal was dead.']);
    expect(r.sources.map((s) => s.name)).toEqual(['Ann Lind and Tom Berg']);
  });
});
