import { describe, expect, it } from 'vitest';
import { figuresIn, values } from './helpers';

const none = (text: string) => expect(figuresIn(text).map((f) => f.text), text).toEqual([]);

describe('not figures', () => {
  it('skips match scores, but keeps a tally', () => {
    none('Rovers beat Dunmore 3-1 thanks to a late header.');
    none('At 2-0 down the visitors never gave up.');
    none('The tie ended 1-1 on aggregate.');
    none('The Hawks tied the series at 101-101.');
    expect(values('The bill passed on a 301-122 vote.')).toEqual([[301, 301], [122, 122]]);
  });
  it('skips race and clock times', () => {
    none('She ran a 2:04.7 at the indoor meet.');
    none('He scored with 3:12 left on the clock.');
  });
  it('skips phone numbers, including three-digit emergency lines in context', () => {
    none('A neighbour called 911 after the crash.');
    none('Please dial 999 in an emergency.');
    none('The 911 dispatcher stayed on the line.');
    expect(values('About 911 people signed the letter.')).toEqual([[911, 911]]);
    none('Prices in the 10027 ZIP code rose.'.replace(' rose', ''));
  });
  it('skips model numbers and standards', () => {
    none('The hatchback passed the ISO 3888-2 lane-change test.');
    none('The airline ordered the A350-1000 variant.');
    none('The carmaker showed its ID.5 and ID.7 at the fair.');
    none('Buyers of the Boeing 777 liked the 777 cabin.');
  });
  it('skips list and subhead numbering and shirt numbers', () => {
    none('2.\nThe mayor spoke next.');
    none('Striker Leo Marsh (9) scored twice in the first half.'.replace('twice', 'again'));
  });
  it('skips number words inside names and nicknames', () => {
    none('Fans called them the Three Amigos after the final.');
    none('Analysts watch the Big Four closely.');
    expect(values('Three people were hurt.')).toEqual([[3, 3]]);
  });
  it('reads "a third" before a noun as an ordinal, and "a third of" as a share', () => {
    none('She seeks a third term in office.');
    expect(values('A third of the staff left.')).toEqual([[33.333333, 33.333333]]);
  });
  it('reads a signed change after an index name as a change, not a phone number', () => {
    expect(values('Close: Nasdaq 100 +1.4% and Dow +0.9%.').slice(-2)).toEqual([[1.4, 1.4], [0.9, 0.9]]);
  });
  it('keeps a year apart from the amount after it', () => {
    expect(values('Sales rose 12% in 2021 to 2.5 million bikes.')).toEqual([[12, 12], [2_500_000, 2_500_000]]);
  });
});
