import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A person, the body she speaks for, then where it sits: the place is no part of the speaker
// (affiliated-name-place.ts), as after a name alone (name-place-adjunct.ts).
describe('a named person from a body in a place', () => {
  it('reads "Ana Lund from Green Watch in Bergen says: “…”"', () => {
    expect(said(run(['Ana Lund from Green Watch in Bergen says: “We want every contract made public.”'])))
      .toEqual(['Ana Lund | We want every contract made public.']);
  });

  it('reads "of the …" and a place of two words, with reported speech', () => {
    expect(said(run(['Per Vik of the Harbour Alliance in Cape Town said the port would close.'])))
      .toEqual(['Per Vik | the port would close']);
  });

  it('keeps the phrase of a description ("a spokesman for Acme in Oslo")', () => {
    expect(said(run(['A spokesman for Acme in Oslo said the plant would stay open.']))[0]).toMatch(/^spokesman for Acme in Oslo \|/);
  });
});
