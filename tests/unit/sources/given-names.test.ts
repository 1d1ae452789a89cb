import { describe, expect, it } from 'vitest';
import { genderOfAnyGivenName, genderOfGivenName, gendersOf, givenPart, namesAgree } from '../../../src/core/sources/gender';
import { run, said } from './run';

describe('given names from the public data set (given-names.json)', () => {
  it('gives the gender of names the hand list never held', () => {
    expect(genderOfAnyGivenName('Carla')).toBe('f');
    expect(genderOfAnyGivenName('Harvey')).toBe('m');
    expect(genderOfAnyGivenName('Jamal')).toBe('m');
    expect(genderOfAnyGivenName('Leo')).toBe('m');
    // Names only the birth counts hold.
    expect(genderOfAnyGivenName('Kayleigh')).toBe('f');
    expect(genderOfAnyGivenName('Imran')).toBe('m');
    // The hand list still decides first.
    expect(genderOfAnyGivenName('Hillary')).toBe('f');
    expect(genderOfAnyGivenName('Donald')).toBe('m');
  });

  it('leaves names worn by both unknown, and abbreviations that look like rare names', () => {
    // The hand list's shared names, and one the birth counts show both sexes wear.
    expect(genderOfAnyGivenName('Jordan')).toBeNull();
    expect(genderOfAnyGivenName('Robin')).toBeNull();
    expect(genderOfAnyGivenName('Taylor')).toBeNull();
    expect(genderOfAnyGivenName('Rakeyia')).toBeNull();
    // "AG Lund": the attorney general, not a woman named Ag.
    expect(genderOfAnyGivenName('AG')).toBeNull();
    // Common words the birth records hold as names, and surname particles ("Di Maio").
    expect(genderOfAnyGivenName('Author')).toBeNull();
    expect(genderOfAnyGivenName('Di')).toBeNull();
  });

  it('is not the test of a given name elsewhere: the hand list alone stays that', () => {
    expect(genderOfGivenName('Carla')).toBeNull();
  });

  it('lets "he" skip a woman whose given name only the data set knows', () => {
    const r = run(['Harvey Lind toured the old mill on Monday. Carla Voss praised the crews. He said the mill would stay open.']);
    expect(said(r)).toContain('Harvey Lind | the mill would stay open');
  });
});

describe('the given name after a run of place and title words', () => {
  it('is the word after the title', () => {
    expect(givenPart(['Dunmore', 'Vale', 'Principal', 'Carla', 'Neame'])).toBe('Carla');
    expect(givenPart(['Hollin', 'East', 'MP', 'Roger', 'Tansley'])).toBe('Roger');
    // A run cut short after the given name.
    expect(givenPart(['Hollin', 'East', 'MP', 'Roger'])).toBe('Roger');
    // A role noun opening the run.
    expect(givenPart(['Author', 'Ada', 'Lind'])).toBe('Ada');
  });

  it('is the first word when no title stands inside the name', () => {
    expect(givenPart(['Martin', 'Luther', 'King', 'Jr.'])).toBe('Martin');
    expect(givenPart(['Dean', 'Acheson'])).toBe('Dean');
    expect(givenPart(['Mary', 'Ann', 'Boyle'])).toBe('Mary');
  });

  it('gives the person and the surname that gender', () => {
    const genders = gendersOf([{ name: 'Dunmore Vale Principal Carla Neame', roleWords: '' }, { name: 'Neame', roleWords: '' }]);
    expect(genders.get('Neame')).toBe('f');
    expect(namesAgree(['Dunmore Vale Principal Carla Neame'], genders, 'm')).toBe(false);
    // A place before the title tells nothing of the person: "Virginia" is no woman here.
    const other = gendersOf([{ name: 'Virginia Coach Rakeyia Holm', roleWords: '' }]);
    expect(other.get('Holm')).toBeUndefined();
  });
});
