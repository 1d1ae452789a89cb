import { describe, expect, it } from 'vitest';
import { affiliationInRole, trimAffiliation, trimRole } from '../../../src/core/sources/refiners/role-span';
import { readSpeaker } from '../../../src/core/sources/speaker-phrase';
import { realRole } from '../../../src/core/sources/refiners/build-sources';

const read = (phrase: string) => readSpeaker(phrase, 0, phrase.length);

describe('a role ends with its title', () => {
  it('cuts a participle clause after the title', () => {
    expect(trimRole('pharmacist in Dunmore pushing for a cap on drug prices')).toBe('pharmacist in Dunmore');
    expect(trimRole('Green politician picked to run the regional council')).toBe('Green politician');
  });

  it('cuts a stretch of time and a demonstrative', () => {
    expect(trimRole('news editor at the Ledger for almost 15 years')).toBe('news editor at the Ledger');
    expect(trimRole('This surgeon')).toBe('surgeon');
  });

  it('keeps a gerund that is the object of a preposition', () => {
    expect(trimRole('head of marketing for the Leeds-based brewer')).toBe('head of marketing for the Leeds-based brewer');
    expect(trimRole('co-author of a paper about reducing food waste')).toBe('co-author of a paper about reducing food waste');
    expect(trimRole('chemist working on soil samples at the Tarn Institute')).toBe('chemist working on soil samples at the Tarn Institute');
  });

  it('leaves a time phrase before the title out of a name reader\'s role', () => {
    const r = read('Two weeks before textile tycoon Ola Brandt');
    expect([r?.name, r?.role]).toEqual(['Ola Brandt', 'textile tycoon']);
  });
});

describe('an affiliation is a body, not a portfolio', () => {
  it('names no body for an office portfolio', () => {
    expect(affiliationInRole('Minister for Rural Affairs', 'Rural Affairs')).toBeNull();
    expect(affiliationInRole('Chief of Staff', 'Staff')).toBeNull();
    expect(trimAffiliation('State for Culture and Sport')).toBeNull();
  });

  it('takes the body\'s own word before "of" and drops the title after it', () => {
    const role = 'Department of Coastal Affairs Acting Secretary';
    expect(trimAffiliation(affiliationInRole(role, 'Coastal Affairs Acting Secretary')!)).toBe('Department of Coastal Affairs');
  });

  it('keeps a body that ends in a title word after its link, and a body after a plain title', () => {
    expect(trimAffiliation('Harbour Center for Justice')).toBe('Harbour Center for Justice');
    expect(affiliationInRole('president of Blue Kettle Foods', 'Blue Kettle Foods')).toBe('Blue Kettle Foods');
    expect(trimAffiliation('Danish President')).toBe('Danish President');
  });

  it('cuts a time or a second apposition after the body', () => {
    expect(trimAffiliation('Ledger for nearly 12 years')).toBe('Ledger');
    expect(trimAffiliation('Valby Institute and a former city planner')).toBe('Valby Institute');
    expect(trimAffiliation('Institute for Law and the Sea')).toBe('Institute for Law and the Sea');
  });
});

describe('a titled name after a portfolio or before a body', () => {
  it('reads the portfolio after "for" into the role', () => {
    const r = read('Minister for Rural Affairs Ola Brandt');
    expect([r?.name, r?.role]).toEqual(['Ola Brandt', 'Minister for Rural Affairs']);
  });

  it('reads a body after a person\'s name as the affiliation', () => {
    const r = read('Maria Lindqvist of Nordic Freight');
    expect([r?.name, r?.affiliation]).toEqual(['Maria Lindqvist', 'Nordic Freight']);
    const s = read('Sen. Tor Hallen of Oregon');
    expect([s?.name, s?.affiliation]).toEqual(['Tor Hallen', 'Oregon']);
  });

  it('keeps a body whose own name holds "of"', () => {
    expect(read('Bank of Lisbon')?.name).toBe('Bank of Lisbon');
  });

  it('reads a person\'s name that ends an office\'s "of" phrase', () => {
    const r = read('interim director of the Valby Port Authority Thomas Lind');
    expect([r?.name, r?.role, r?.affiliation]).toEqual(['Thomas Lind', 'interim director of the Valby Port Authority', 'Valby Port Authority']);
    const s = read('minister of fisheries and forests Joshua Amadi');
    expect([s?.name, s?.role, s?.affiliation]).toEqual(['Joshua Amadi', 'minister of fisheries and forests', null]);
  });

  it('keeps the person the office serves as its object', () => {
    expect(read('a lawyer for the family of Thomas Lind')?.name ?? null).toBeNull();
    expect(read('a spokesman for Thomas Lind')?.name ?? null).toBeNull();
  });

  it('reads no person in a place\'s name after an office', () => {
    expect(read('longtime resident of St. Thomas Island')?.name ?? null).toBeNull();
    expect(read('ranger at Thomas Lake')?.name ?? null).toBeNull();
  });
});

describe('a clause opener is no role', () => {
  it('gives no role for "Whether" or "If" before a name', () => {
    expect(realRole('Whether')).toBeNull();
    expect(realRole('If')).toBeNull();
    expect(realRole('internist in Ashford calling for reform')).toBe('internist in Ashford');
  });
});
