import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// Where or when a named speaker said it, between the name and the verb, is no part of the speaker
// (name-place-adjunct.ts); after a description the phrase tells which one and stays.
describe('a place or a time between a name and the verb', () => {
  it('leaves "in <place>" out after a named body', () => {
    expect(said(run(['The Harbour Trust in Bergen said the pier would close in June.'])))
      .toEqual(['Harbour Trust | the pier would close in June']);
  });

  it('leaves a place and a year out, with an adverb before the verb', () => {
    expect(said(run(['The Coast Museum in Oslo in 2019 also said it would lend the boats to Tromsø.'])))
      .toEqual(['Coast Museum | it would lend the boats to Tromsø']);
  });

  it('leaves a year out after a person\'s name', () => {
    expect(said(run(['Ola Vik in 2017 said the ferry was too slow.']))).toEqual(['Ola Vik | the ferry was too slow']);
  });
});

describe('phrases that tell which ones', () => {
  it('keeps the place after a description ("Officials in Bergen")', () => {
    expect(said(run(['Officials in Bergen said the pier would close.']))[0]).toMatch(/^Officials in Bergen \|/);
  });

  it('keeps the place after a lone plural name ("Farmers in Telemark")', () => {
    expect(said(run(['Liberals in Telemark said the levy was unfair.']))[0]).toMatch(/^Liberals in Telemark \|/);
  });

  it('keeps the employer\'s place inside a description', () => {
    expect(said(run(['A spokesman for Nordvik Ferries in Oslo said the route would reopen.']))[0]).toMatch(/^spokesman for Nordvik Ferries in Oslo \|/);
  });
});

describe('capitalised runs that describe', () => {
  it('keeps the place after a run opened by an article or a quantifier', () => {
    expect(said(run(['Some Vardians in Bergen said the levy was unfair.']))[0]).toMatch(/^Some Vardians in Bergen \|/);
  });

  it('does not cut the place from "The" and a lone plural', () => {
    expect(said(run(['The Vardians in Bergen said the levy was unfair.'])).some((l) => l.startsWith('Vardians |'))).toBe(false);
  });
});
