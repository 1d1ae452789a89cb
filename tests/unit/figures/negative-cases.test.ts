// What must NOT be read as a figure.
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/figures/index';
import { figuresIn } from './helpers';

const none = (text: string) => expect(figuresIn(text).map((f) => f.text), text).toEqual([]);

describe('negative cases', () => {
  it('skips years, dates and times (the dates step owns them)', () => {
    none('The law passed in 2019.');
    none('It happened on February 6, 2025, in Seoul.');
    none('Talks resume on 6 February.');
    none('The deadline is Nov. 3.');
    none('Polls close at 8 p.m. and reopen at 10:30.');
    none('Trading starts at 9am.');
    none('The 1990s were different.');
    none('Music of the ’80s.');
    none('The 2024 election was close.');
    none('The 2023-24 season ended.');
    none('Filed on 1/11/2025.');
  });
  it('skips spans the dates step took', () => {
    const text = 'Three days ago the plant reopened.';
    expect(findFigures(text, { dateSpans: [{ start: 0, end: 14 }] })).toEqual([]);
  });
  it('skips ordinals and ranks', () => {
    none('She finished 3rd in the 21st race.');
    none('The team is ranked No. 1 in the league.');
    none('It made the top 10 list.');
    none('He is the #1 seed.');
    none('The twenty-first century began.');
    none('The first half was dull; the second half was worse.');
    none('A third term in office.');
  });
  it('skips numbers inside names and identifiers', () => {
    none('COVID-19 spread fast.');
    none('The F-16 jets landed.');
    none('The G7 summit opened.');
    none('5G networks expanded.');
    none('Regulators grounded the Boeing 737 fleet.');
    none('The ruling on Section 230 came later.');
    none('Passengers on Flight 370 vanished.');
    none('See image 1-3.jpg for details.');
    none('Download report2024.pdf from the site.');
    none('Visit example.com/page/2 for more.');
    none('Contact @user123 for help.');
    none('His IP was 192.168.1.2.');
    none('A 3D printer and a 4K screen.');
  });
  it('skips lists of names, subsections, era years and clipped years', () => {
    none('Sections 21, 24, and 26 of the bill were struck.');
    none('It breaches Section 14(1) of the charter.');
    none('Summer ’80 was the best.');
    none('Rome used oil lamps as early as 500 BC.');
    none('Trump 2.0 is here.');
    none('Friday marks day two of the trial.');
  });
  it('skips phone numbers and addresses', () => {
    none('Call 555-123-4567 now.');
    none('Call (555) 123-4567 now.');
    none('Call +44 20 7946 0958 now.');
    none('She lives at 1600 Pennsylvania Avenue.');
    none('The office is at 10 Downing Street.');
  });
  it('skips the lone word "one" and bare vague plurals', () => {
    none('It was one reason for the delay.');
    none('One of the guards left.');
    none('No one came.');
    // A bare plural is left out; "dozens of" is a vague figure (see vague.test.ts).
    none('Thousands fled the town overnight.');
  });
  it('skips percent signs in URLs', () => {
    none('Search for a%20b%2Dc online.');
  });
  it('skips "24/7" and "9/11"', () => {
    none('The shop is open 24/7.');
    none('After 9/11 rules changed.');
  });
  it('skips relative dates made of durations', () => {
    none('Three years ago the mine closed.');
  });
  it('keeps real figures that look like the cases above', () => {
    expect(figuresIn('Police arrested 2000 protesters.').map((f) => f.value)).toEqual([2000]);
    expect(figuresIn('Aged 48, she retired.').map((f) => f.value)).toEqual([48]);
    expect(figuresIn('The top 10 percent of earners pay more.').map((f) => f.value)).toEqual([10]);
    expect(figuresIn('Only 12 Boeing jets flew.').map((f) => f.value)).toEqual([12]);
  });
});
