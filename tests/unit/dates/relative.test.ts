import { describe, expect, it } from 'vitest';
import { datesIn, pairs } from './dates-helper';

// A Thursday.
const PUBLISHED = '2025-02-06';

describe('relative dates, anchored on the publication day', () => {
  it('reads a weekday by the tense of its clause', () => {
    expect(pairs('Jones said in a podcast that aired Tuesday that losses were high.', PUBLISHED)).toEqual(['Tuesday=2025-02-04']);
    expect(pairs('The council will meet on Tuesday.', PUBLISHED)).toEqual(['Tuesday=2025-02-11']);
    expect(pairs('On Monday, the council will vote.', PUBLISHED)).toEqual(['Monday=2025-02-10']);
    expect(pairs('Storms may reach the coast Saturday.', PUBLISHED)).toEqual(['Saturday=2025-02-08']);
    expect(pairs('The suspect may have fled Saturday.', PUBLISHED)).toEqual(['Saturday=2025-02-01']);
  });

  it('reads the publication weekday as the publication day', () => {
    expect(pairs('The ministry said Thursday that talks had failed.', PUBLISHED)).toEqual(['Thursday=2025-02-06']);
  });

  it('reads last, next and this before a weekday', () => {
    expect(pairs('The deadline passed last Friday.', PUBLISHED)).toEqual(['last Friday=2025-01-31']);
    expect(pairs('Talks resume next Monday.', PUBLISHED)).toEqual(['next Monday=2025-02-10']);
    expect(pairs('Tuesday of next week is the deadline.', PUBLISHED)).toEqual(['Tuesday of next week=2025-02-11']);
  });

  it('keeps reading a weekday the way the article first read it', () => {
    expect(pairs('Storms will hit on Saturday.\n\nSaturday’s storms depend on the wind.', PUBLISHED)).toEqual([
      'Saturday=2025-02-08',
      'Saturday=2025-02-08',
    ]);
  });

  it('reads today, yesterday, tomorrow and the parts of the day', () => {
    expect(pairs('Yesterday it rained; tomorrow it will snow.', PUBLISHED)).toEqual(['Yesterday=2025-02-05', 'tomorrow=2025-02-07']);
    expect(pairs('Police arrived this morning.', PUBLISHED)).toEqual(['this morning=2025-02-06']);
    expect(pairs('Fires broke out last night.', PUBLISHED)).toEqual(['last night=2025-02-05']);
    expect(pairs('The vote was held the day before yesterday.', PUBLISHED)).toEqual(['the day before yesterday=2025-02-04']);
  });

  it('reads weeks, months and years relative to publication', () => {
    expect(pairs('The strike began last week.', PUBLISHED)).toEqual(['last week=2025']);
    expect(pairs('Earlier this week, the agency confirmed it.', PUBLISHED)).toEqual(['Earlier this week=2025-02']);
    expect(pairs('Prices fell earlier this month.', PUBLISHED)).toEqual(['earlier this month=2025-02']);
    expect(pairs('Prices fell last month.', PUBLISHED)).toEqual(['last month=2025-01']);
    expect(pairs('The plant will open next year.', PUBLISHED)).toEqual(['next year=2026']);
    expect(pairs('Sales rose this year.', PUBLISHED)).toEqual(['this year=2025']);
    expect(pairs('Profit fell last fiscal year.', PUBLISHED)).toEqual(['last fiscal year=2024']);
    expect(pairs('Profit fell in the last quarter.', PUBLISHED)).toEqual(['the last quarter=2024-Q4']);
  });

  it('gives a week its interval and the month or year it falls in', () => {
    const [week] = datesIn('Earlier this week, the agency confirmed it.', PUBLISHED);
    expect(week).toMatchObject({ value: '2025-02', interval: { start: '2025-02-03', end: '2025-02-05' }, relative: true });
  });

  it('reads counts of units ago', () => {
    expect(pairs('He left two years ago.', PUBLISHED)).toEqual(['two years ago=2023']);
    expect(pairs('She arrived three days ago.', PUBLISHED)).toEqual(['three days ago=2025-02-03']);
    expect(pairs('He left 18 months ago.', PUBLISHED)).toEqual(['18 months ago=2023-08']);
  });

  it('reads parts of periods at the period’s precision', () => {
    const [mid] = datesIn('There were no signs of combat since mid-January.', PUBLISHED);
    expect(mid).toMatchObject({ text: 'mid-January', value: '2025-01', interval: { start: '2025-01-11', end: '2025-01-20' } });
    expect(pairs('The firm was sold in late 2024.', PUBLISHED)).toEqual(['late 2024=2024']);
    expect(pairs('The firm was sold late last year.', PUBLISHED)).toEqual(['late last year=2024']);
    expect(pairs('Rates may fall in the first half of 2025.', PUBLISHED)).toEqual(['the first half of 2025=2025']);
    expect(pairs('Work will finish by the end of March.', PUBLISHED)).toEqual(['the end of March=2025-03']);
    expect(pairs('Growth slowed at the start of the year.', PUBLISHED)).toEqual(['the start of the year=2025']);
    expect(pairs('It happened early Tuesday.', PUBLISHED)).toEqual(['early Tuesday=2025-02-04']);
  });

  it('reads seasons', () => {
    expect(pairs('It was hot last summer.', PUBLISHED)).toEqual(['last summer=2024']);
    expect(pairs('The plant opened in the fall of 2023.', PUBLISHED)).toEqual(['the fall of 2023=2023']);
    expect(pairs('The law takes effect this spring.', PUBLISHED)).toEqual(['this spring=2025']);
    expect(pairs('The bridge will reopen in the summer.', PUBLISHED)).toEqual(['the summer=2025']);
  });

  it('reads quarters and fiscal years', () => {
    expect(pairs('Profit fell in the third quarter of 2024.', PUBLISHED)).toEqual(['the third quarter of 2024=2024-Q3']);
    expect(pairs('Revenue in Q3 2023 was flat.', PUBLISHED)).toEqual(['Q3 2023=2023-Q3']);
    expect(pairs('Fourth-quarter profit rose.', PUBLISHED)).toEqual(['Fourth-quarter=2024-Q4']);
    expect(pairs('The budget for fiscal 2026 was cut.', PUBLISHED)).toEqual(['fiscal 2026=2026']);
    expect(pairs('Sales in FY24 beat forecasts.', PUBLISHED)).toEqual(['FY24=2024']);
  });

  it('reads decades as vague', () => {
    const [decade] = datesIn('The industry was nationalised in the 1970s.', PUBLISHED);
    expect(decade).toMatchObject({ text: 'the 1970s', value: '197', vague: true, interval: { start: '1970-01-01', end: '1979-12-31' } });
    expect(pairs('It was popular in the early 2000s.', PUBLISHED)).toEqual(['the early 2000s=200']);
  });

  it('reads vague recent periods as vague', () => {
    const [recent] = datesIn('Troops have disappeared from the front in recent weeks.', PUBLISHED);
    expect(recent).toMatchObject({ text: 'in recent weeks', value: '2025', vague: true });
  });

  it('reads holidays by tense or year', () => {
    expect(pairs('Sales fell over Christmas.', PUBLISHED)).toEqual(['Christmas=2024-12-25']);
    expect(pairs('The shop will reopen after Easter.', PUBLISHED)).toEqual(['Easter=2025-04-20']);
    expect(pairs('Thanksgiving 2023 was cold.', PUBLISHED)).toEqual(['Thanksgiving 2023=2023-11-23']);
    expect(pairs('They met on New Year’s Eve.', PUBLISHED)).toEqual(['New Year’s Eve=2024-12-31']);
  });

  it('reads dates told relative to the date before them', () => {
    expect(pairs('The ceasefire began on March 3, 2024. The next day, shelling resumed.', PUBLISHED)).toEqual([
      'March 3, 2024=2024-03-03',
      'The next day=2024-03-04',
    ]);
    expect(pairs('The vote was on May 5, 2023. Protests had begun the week before.', PUBLISHED)).toEqual([
      'May 5, 2023=2023-05-05',
      'the week before=2023-04',
    ]);
    expect(pairs('He was elected in 2019 and resigned two years later.', PUBLISHED)).toEqual(['2019=2019', 'two years later=2021']);
    expect(pairs('The treaty was signed in 2007. That same year, prices rose.', PUBLISHED)).toEqual(['2007=2007', 'That same year=2007']);
  });

  it('counts from publication when no date comes before', () => {
    expect(pairs('Two days later, he returned.', PUBLISHED)).toEqual(['Two days later=2025-02-08']);
  });

  it('reads "a year earlier" at the precision of the period before it', () => {
    expect(pairs('Third-quarter profit rose from $5 million a year earlier.', PUBLISHED)).toEqual([
      'Third-quarter=2024-Q3',
      'a year earlier=2023-Q3',
    ]);
  });

  it('counts an offset from the date that follows it', () => {
    expect(pairs('It happened two weeks before Christmas.', PUBLISHED)).toEqual(['two weeks before Christmas=2024-12-11']);
    expect(pairs('The rules change a week after March 3.', PUBLISHED)).toEqual(['a week after March 3=2025-03-10']);
    expect(pairs('It happened the year before 2015.', PUBLISHED)).toEqual(['the year before 2015=2014']);
  });

  it('reads the week of a date', () => {
    const [week] = datesIn('The talks are planned for the week of April 14.', PUBLISHED);
    expect(week).toMatchObject({ value: '2025-04', interval: { start: '2025-04-14', end: '2025-04-20' } });
  });
});
