import { describe, expect, it } from 'vitest';
import { isPlaceUnitOf } from '../../../src/core/sources/refiners/place-noun-after';
import { run, said } from './run';

// "the state of Vardby": a unit of places and "of" before a name makes it a place, which no "he" stands for.
describe('a name after "the state of" is a place (place-noun-after.ts)', () => {
  it('reads the unit and "of" before the name', () => {
    expect(isPlaceUnitOf('The state of ')).toBe(true);
    expect(isPlaceUnitOf('in the City of ')).toBe(true);
    expect(isPlaceUnitOf('the mayor of ')).toBe(false);
    expect(isPlaceUnitOf('Secretary of State ')).toBe(false);
  });

  it('gives "he" to the governor, not the state', () => {
    const found = said(run(['State of Vardby swears in its first harbour judge. Governor says the choice is historic, but he said she was ‘the best for the job’.']));
    expect(found.some((s) => s.startsWith('Vardby |'))).toBe(false);
  });
});
