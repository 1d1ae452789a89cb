// What must NOT be read as a date: durations, ages, times of day alone, counts and numbers in
// names that only look like years, generic weekdays, verbs that look like months.

import { describe, expect, it } from 'vitest';
import { pairs } from './dates-helper';

const PUBLISHED = '2025-02-06';

const NOT_DATES: Array<[string, string]> = [
  ['a duration', 'He served for three years.'],
  ['a duration with "past"', 'Prices have doubled over the past year.'],
  ['a duration with "last"', 'In the last year, crime fell.'],
  ['a duration with "next"', 'Over the next year, rates will fall.'],
  ['a duration ahead', 'The work will take two weeks.'],
  ['an age', 'A 45-year-old man was arrested.'],
  ['an age in decades', 'Most of the victims were in their 30s.'],
  ['a time of day', 'The meeting starts at 5 p.m.'],
  ['a time in a dateline', 'Updated 3:45 PM EST'],
  ['a military time', 'Troops moved at 1400 GMT.'],
  ['a count with a comma', 'The army sent 2,000 troops.'],
  ['a count without a comma', 'The army sent 2000 troops.'],
  ['a count after a quantity word', 'About 1500 people came.'],
  ['an address', 'The rally was at 1600 Pennsylvania Avenue.'],
  ['a product name', 'It ran on Windows 2000.'],
  ['an identifier', 'Cases of COVID-19 rose as F-16 jets flew.'],
  ['a model number', 'The Boeing 737 landed.'],
  ['money', 'The fine was $2019.'],
  ['a percentage', 'Turnout was 2019%.'],
  ['a decimal', 'The index closed at 2019.5 points.'],
  ['the verb march', 'Protesters will march on the capital.'],
  ['the verb may', 'He may go.'],
  ['a name that is a month abbreviation', 'Jan Smith and Mar Garcia spoke.'],
  ['a weekday abbreviation in a name', 'The Sun Belt grew.'],
  ['a generic weekday', 'Always book on a Tuesday, Wednesday or Sunday.'],
  ['plural weekdays', 'The market opens on Mondays.'],
  ['an offset from an event', 'Two days before the vote, he left.'],
  ['"that day" with nothing before it', 'That day, he left.'],
  ['a fraction', 'Only 1/2 of them agreed.'],
  ['round the clock', 'The shop is open 24/7.'],
  ['a holiday word that is not a date', 'They bought a Christmas tree.'],
  ['a season without a time', 'Heating is cut during the winter.'],
  ['the fall of a city', 'The fall of Kabul shocked him.'],
  ['"now"', 'Now the war is over.'],
  ['a score', 'They won 3-1.'],
  ['an impossible date', 'The form said February 30, 2022.'],
  ['deep time', 'The story begins 200,000 years ago in Africa.'],
];

describe('not dates', () => {
  it.each(NOT_DATES)('%s', (_, text) => {
    expect(pairs(text, PUBLISHED)).toEqual([]);
  });

  it('takes only the date in a sentence full of numbers', () => {
    expect(pairs('In 2019, 2,000 troops and 1500 police guarded 24 sites for 3 days.', PUBLISHED)).toEqual(['2019=2019']);
  });
});
