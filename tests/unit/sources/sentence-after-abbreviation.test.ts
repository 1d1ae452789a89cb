import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a sentence after an abbreviation that ends a name', () => {
  it('ends a statement at "the U.S." when a pronoun opens the next sentence', () => {
    const r = run(['Jane Cole says the mayor is trying to distract from crime in the U.S. She says voters need answers on safety.']);
    expect(said(r)).toEqual(['Jane Cole | the mayor is trying to distract from crime in the U.S', 'Jane Cole | voters need answers on safety']);
  });

  it('keeps a name that goes on after its abbreviation in its sentence', () => {
    const r = run(['Jane Cole says Gov. Tom Reed and the U.S. Senate agreed on the annex.']);
    expect(said(r)).toEqual(['Jane Cole | Gov. Tom Reed and the U.S. Senate agreed on the annex']);
  });
});

// A case name ("Lane v. Ortiz") is written with a lower-case "v." that ends no sentence: a content
// that names a ruling goes on past it.
describe('a case name with "v."', () => {
  it('keeps the whole case name in the content', () => {
    const r = run(['Senator Vale said the court should overturn Lane v. Ortiz before the end of the term.']);
    expect(said(r)).toEqual(['Vale | the court should overturn Lane v. Ortiz before the end of the term']);
  });

  it('still ends a sentence at a full stop after an ordinary word', () => {
    const r = run(['Senator Vale said the court had erred. Her aides said an appeal would follow.']);
    expect(said(r)).toEqual(['Vale | the court had erred', 'aides | an appeal would follow']);
  });
});

// A plural title before two names ("Sens. Ana Roe and Ben Lund") ends no sentence either.
describe('a plural title', () => {
  it('keeps "Sens." and "Reps." inside the content', () => {
    const r = run(['The mayor said Sens. Ana Roe and Ben Lund would visit the plant, and that Reps. Kim Ash and Lee Tor had declined.']);
    expect(said(r)).toEqual(['mayor | Sens. Ana Roe and Ben Lund would visit the plant, and that Reps. Kim Ash and Lee Tor had declined']);
  });

  it('still ends a sentence at a plural noun that is no title', () => {
    const r = run(['The mayor said the city needs more buses. Riders said the fares are too high.']);
    expect(said(r)).toEqual(['mayor | the city needs more buses', 'Riders | the fares are too high']);
  });
});

describe('a plural title before the speakers', () => {
  it('is no part of the speakers’ names', () => {
    const r = run(['Sens. Ana Roe and Ben Lund said the plant should stay open.']);
    expect(said(r)).toEqual(['Ana Roe and Ben Lund | the plant should stay open']);
  });
});

// A clock time's "p.m." before its time zone ("8 p.m. EST") ends no sentence; before a new sentence it does.
describe('a clock time before a time zone', () => {
  it('keeps "p.m. EST" inside the content', () => {
    const r = run(['The clerk said the polls would close at 8 p.m. EST on Tuesday in every county.']);
    expect(said(r)).toEqual(['clerk | the polls would close at 8 p.m. EST on Tuesday in every county']);
  });

  it('still ends a sentence at "p.m." before a new one', () => {
    const r = run(['The clerk said the polls would close at 8 p.m. Voters said the lines were short.']);
    expect(said(r)).toEqual(['clerk | the polls would close at 8 p.m', 'Voters | the lines were short']);
  });
});
