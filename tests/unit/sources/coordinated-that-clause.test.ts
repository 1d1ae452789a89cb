import { describe, expect, it } from 'vitest';
import { run, said } from './run';

const ATTITUDES = { attitudes: true };

describe('a second cue with a "that" clause of its own', () => {
  it('splits after a first content that is a clause of its own', () => {
    const found = said(run(['Councillor Ida Marsh said she was pleased with the turnout, but lamented that the count had been delayed.'], [], ATTITUDES));
    expect(found).toContain('Ida Marsh | she was pleased with the turnout');
    expect(found).toContain('Ida Marsh | the count had been delayed');
  });

  it('splits a verb after a bare comma when the first content is no clause', () => {
    const found = said(run(['The harbour board criticized the winter timetable, argued that it left commuters stranded.'], [], ATTITUDES));
    expect(found).toContain('harbour board | the winter timetable');
    expect(found).toContain('harbour board | it left commuters stranded');
  });

  it('reads a hyphened adjective in -ed as no verb of the first content', () => {
    const found = said(run(['Mayor Tom Reyes urged the council to join a state-funded scheme for the ferries, proposed that the fares be frozen, and pushed to hire more crews.'], [], ATTITUDES));
    expect(found).toContain('Tom Reyes | the council to join a state-funded scheme for the ferries');
    expect(found).toContain('Tom Reyes | the fares be frozen');
  });

  it('leaves a bare-comma verb after a clause to that clause (the study found, not the speaker)', () => {
    const found = said(run(['Councillor Ida Marsh said the survey, published in May, found that fares were too high.'], [], ATTITUDES));
    expect(found).toContain('Ida Marsh | the survey, published in May, found that fares were too high');
  });

  it('reads "that" before a noun of time as a demonstrative, not a clause', () => {
    const found = said(run(['The harbour board criticized the new pier, proposed that year by the council.'], [], ATTITUDES));
    expect(found.some((l) => l.endsWith('| year by the council'))).toBe(false);
  });

  it('reads "that" after a verb with its particle as a demonstrative', () => {
    const found = said(run(['The harbour board welcomed the winter timetable, agreed with that change to the routes.'], [], ATTITUDES));
    expect(found).toContain('harbour board | the winter timetable, agreed with that change to the routes');
  });
});
