import { describe, expect, it } from 'vitest';
import { figuresIn, only } from './helpers';

const range = (text: string) => {
  const f = only(text);
  return [f.low, f.high, f.unit, f.value];
};

describe('ranges', () => {
  it('joins two ends with to, a dash, or between…and', () => {
    expect(range('The army sent 11,000 to 12,000 troops.')).toEqual([11000, 12000, 'troops', undefined]);
    expect(range('Between 5 and 10 people were hurt.')).toEqual([5, 10, 'people', undefined]);
    expect(range('Support ranged 33–50%.')).toEqual([33, 50, 'percent', undefined]);
    expect(range('Estimates range from one-third to 50 percent.')).toEqual([33.333333, 50, 'percent', undefined]);
    expect(range('The dam will cost $5-10 million.')).toEqual([5_000_000, 10_000_000, 'USD', undefined]);
    expect(range('Between 5 and 10 million people.')).toEqual([5_000_000, 10_000_000, 'people', undefined]);
    expect(range('Two or three boats sank.')).toEqual([2, 3, 'boats', undefined]);
  });
  it('keeps the printed text from the first end to the noun', () => {
    expect(only('North Korea sent 11,000 to 12,000 troops.').text).toBe('11,000 to 12,000 troops');
  });
  it('does not join a change "from X to Y" into a range', () => {
    const figures = figuresIn('Unemployment rose from 5% to 7%.');
    expect(figures.map((f) => f.value)).toEqual([5, 7]);
  });
  it('does not join decreasing numbers', () => {
    expect(figuresIn('The vote was 6 to 3.').map((f) => f.value)).toEqual([6, 3]);
  });
});

describe('qualifiers', () => {
  const q = (text: string) => {
    const f = only(text);
    return [f.value, f.qualifier, f.text];
  };
  it('reads qualifiers and widens the text, keeping the printed value', () => {
    expect(q('About 50 percent of them left.')).toEqual([50, 'about', 'About 50 percent']);
    expect(q('with up to 50 percent killed')).toEqual([50, 'up-to', 'up to 50 percent']);
    expect(q('Nearly 300 homes flooded.')).toEqual([300, 'nearly', 'Nearly 300 homes']);
    expect(q('More than 1,000 flights were cancelled.')).toEqual([1000, 'more-than', 'More than 1,000 flights']);
    expect(q('At least 12 people died.')).toEqual([12, 'at-least', 'At least 12 people']);
    expect(q('Fewer than 20 seats remain.')).toEqual([20, 'less-than', 'Fewer than 20 seats']);
    expect(q('It took roughly 40 minutes.')).toEqual([40, 'about', 'roughly 40 minutes']);
    expect(q('Some 3,000 workers struck.')).toEqual([3000, 'about', 'Some 3,000 workers']);
    expect(q('They hired 200 staff or more.')).toEqual([200, 'at-least', '200 staff or more']);
  });
  it('does not read "over five years" as "more than"', () => {
    expect(only('The loan is repaid over five years.').qualifier).toBeUndefined();
  });
});

describe('change', () => {
  const ch = (text: string) => only(text).change;
  it('reads direction and verb', () => {
    expect(ch('Sales rose 5% in March.')).toEqual({ direction: 'up', verb: 'rose' });
    expect(ch('Support fell by 3 points.')).toEqual({ direction: 'down', verb: 'fell' });
    expect(ch('Shares were up 2.1%.')).toEqual({ direction: 'up', verb: 'up' });
    expect(ch('A 4% increase in rents.')).toEqual({ direction: 'up', verb: 'increase' });
    expect(ch('Exports declined nearly 8 percent.')).toEqual({ direction: 'down', verb: 'declined' });
  });
  it('does not read "rose to" (a level) or "up to" (a ceiling) as a change', () => {
    expect(ch('Unemployment rose to 7%.')).toBeUndefined();
    expect(ch('Fines of up to 10%.')).toBeUndefined();
  });
});

describe('bounds', () => {
  it('joins a lower and an upper bound into one range', () => {
    const f = only('Turnout was more than 40 and less than 60 percent.');
    expect([f.low, f.high, f.unit, f.qualifier]).toEqual([40, 60, 'percent', undefined]);
    expect(only('Crowds of at most 100 and at least 20 people.').text).toBe('at most 100 and at least 20 people');
  });
  it('reads symbols and "or more" as qualifiers', () => {
    expect(only('Speeds > 100 mph were recorded.').qualifier).toBe('more-than');
    expect(only('Scores of 200 or greater qualify.').qualifier).toBe('at-least');
  });
  it('keeps ranges of four-digit numbers that are not years', () => {
    expect(only('The range is 1000-5000.').text).toBe('1000-5000');
    expect(figuresIn('From 2015 to 2020 the town grew.')).toEqual([]);
  });
});
