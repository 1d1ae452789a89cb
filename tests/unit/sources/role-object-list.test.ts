import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A list after a role's preposition runs on past its comma ("country manager for the UK, Ireland and
// Nordics, said"): the last items are no name of the speaker; the name before the description speaks.
describe('a role whose object is a list of places', () => {
  it('gives the statement to the named person, not to the list\'s last items', () => {
    const result = run(['Tom Varga, Harbourline’s sales director for the UK, Ireland and Iceland, said: “Demand has never been this strong.”']);
    expect(said(result)).toEqual(['Tom Varga | Demand has never been this strong.']);
    expect(result.sources.some((s) => s.name.includes('Iceland'))).toBe(false);
  });

  it('keeps a name that follows a description of its own ("the mayor of Ava, Tom Roe, said")', () => {
    expect(said(run(['The mayor of Ava, Tom Roe, said the bridge would reopen in May.'])))
      .toEqual(['Tom Roe | the bridge would reopen in May']);
  });
});
