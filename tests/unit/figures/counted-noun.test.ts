import { describe, expect, it } from 'vitest';
import { figuresIn, only } from './helpers';

// What a count counts: the head of the phrase the number quantifies, past adjectives, compounds
// and names, never the next word taken blindly.
describe('counted noun', () => {
  it('reads the head past adjectives', () => {
    expect(only('The museum added four new galleries.').unit).toBe('galleries');
    expect(only('Nine separate inquiries were opened.').unit).toBe('inquiries');
    expect(only('The show marks 30 previous years of work.').unit).toBe('years');
  });
  it('counts the first noun of a singular compound after a number above one', () => {
    const report = only('The auditors filed a 40 page report on Friday.');
    expect([report.unit, report.counts]).toEqual(['page', 'page report']);
    expect(only('The van has a 6 cylinder engine.').unit).toBe('cylinder');
  });
  it('steps over a name with its code', () => {
    expect(only('The firm shipped 8,000 Series 5 tractors.').unit).toBe('tractors');
    expect(only('Dealers sold 1,200 Model T and Model A coupes.').unit).toBe('coupes');
  });
  it('reads hyphenated compounds whole', () => {
    expect(only('The fleet has three diesel-only ferry routes.').unit).toBe('routes');
  });
  it('ends the phrase at a plural and never takes a verb, adjective or adverb', () => {
    expect(only('Just 14 penalties proves the referee was lenient.').unit).toBe('penalties');
    expect(only('The club employs about 300 people nationwide.').unit).toBe('people');
    expect(only('Six members signed, mostly from the north.').unit).toBe('members');
    expect(only('Nine bedrooms complete the house.').unit).toBe('bedrooms');
    expect(only('Exactly 13 boxes whilst the rest stayed.').unit).toBe('boxes');
  });
  it('leaves a multiple a multiple', () => {
    const f = only('The shares trade at 7.5 times earnings.');
    expect([f.value, f.unit]).toEqual([7.5, 'times']);
  });
  it('carries a unit said once to the number beside it', () => {
    expect(figuresIn('The top bid was 61.5 cents, while the lowest was 58.2.').map((f) => [f.value, f.unit])).toEqual([[61.5, 'cents'], [58.2, 'cents']]);
    expect(figuresIn('Sales rose to 4.1 million scooters, up from 3.6 million.').map((f) => f.unit)).toEqual(['scooters', 'scooters']);
    expect(figuresIn('Inflation should ease from 3.2 to 3.1 percent.').map((f) => [f.value, f.unit])).toEqual([[3.2, 'percent'], [3.1, 'percent']]);
    expect(figuresIn('Buyers choose a 10- or 12-inch screen.').map((f) => [f.value, f.unit])).toEqual([[10, 'in'], [12, 'in']]);
  });
  it('reads ages in apposition and at the end of a clause', () => {
    expect(only('Their son Tomas, who was 9.').kind).toBe('age');
    expect(only('Ana Lucas 52 has led the lab since its start.').kind).toBe('age');
  });
  it('keeps an amount after "an average of"', () => {
    expect(only('Fares will go up by an average of 1800.').value).toBe(1800);
  });
});
