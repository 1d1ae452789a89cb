import { describe, expect, it } from 'vitest';
import { isActSense } from '../../../src/core/sources/act-sense';
import { run, said } from './run';

// A stance verb in the sense of an act: letting a person go, showing off a thing, recalling goods.
const ATTITUDES = { attitudes: true };

describe('a stance verb used as an act', () => {
  it('reads dismissing a person from a post as an act', () => {
    expect(isActSense('dismissed', ' him and closed the office')).toBe(true);
    expect(isActSense('dismissed', ' Ruiz on Tuesday')).toBe(true);
    expect(isActSense('dismissed', ' from the team by the coach')).toBe(true);
  });

  it('keeps dismissing a claim or calling a person something', () => {
    expect(isActSense('dismissed', ' the report as rumour')).toBe(false);
    expect(isActSense('dismissed', ' Ruiz as a dreamer')).toBe(false);
    expect(isActSense('dismissed', ' Gov. Ada Lund as a dreamer')).toBe(false);
    expect(isActSense('dismissed', " Ruiz's claim out of hand")).toBe(false);
    expect(isActSense('dismissed', ' Republican concerns about the fares')).toBe(false);
    expect(isActSense('dismissed', ' her worries')).toBe(false);
    expect(isActSense('dismissed', ' Friday any suggestion of a deal')).toBe(false);
  });

  it('reads showing off and recalling goods as acts', () => {
    expect(isActSense('showed', ' off his new boat')).toBe(true);
    expect(isActSense('recalling', ' 40,000 pounds of smoked fish')).toBe(true);
    expect(isActSense('recalled', ' about 300 vehicles')).toBe(true);
  });

  it('keeps showing that and recalling a time', () => {
    expect(isActSense('showed', ' the fares had doubled')).toBe(false);
    expect(isActSense('recalled', ' 20 years of quiet work at the yard')).toBe(false);
    expect(isActSense('recalled', ' the storm of 1998')).toBe(false);
  });

  it('gives the club no position on the skipper it let go', () => {
    const found = said(run(['After the season ended, the Harbour Rowing Club dismissed him and hired a new coach.'], [], ATTITUDES));
    expect(found.some((s) => s.endsWith('| him and hired a new coach') || s.endsWith('| him'))).toBe(false);
  });

  it('gives a packer no position on the fish it recalls', () => {
    const found = said(run(['Nordvik Seafoods is recalling 40,000 pounds of smoked fish after inspectors found traces of listeria.'], [], ATTITUDES));
    expect(found.some((s) => s.includes('40,000 pounds'))).toBe(false);
  });

  it('still reads a dismissed claim', () => {
    const found = said(run(['Mayor Ada Lund dismissed the report as a rumour spread by her rivals.'], [], ATTITUDES));
    expect(found.some((s) => s.startsWith('Ada Lund |') && s.includes('the report'))).toBe(true);
  });
  it('reads a work written, a skill learned and a thing put in place as acts', () => {
    expect(isActSense('write', ' the script')).toBe(true);
    expect(isActSense('wrote', ' two novels about the harbour')).toBe(true);
    expect(isActSense('learned', ' her first foreign language.')).toBe(true);
    expect(isActSense('putting it', ' only in third place.')).toBe(true);
  });

  it('keeps a letter written, a fact learned and words put', () => {
    expect(isActSense('wrote', ' a letter to the harbour board')).toBe(false);
    expect(isActSense('wrote', ' that the fares had doubled')).toBe(false);
    expect(isActSense('learned', ' the ferry would stop running in May.')).toBe(false);
    expect(isActSense('learned', ' the truth about the tolls from a clerk.')).toBe(false);
    expect(isActSense('put it', ' bluntly: the ferry is finished.')).toBe(false);
    expect(isActSense('put it', ' in a letter: \u201cwe are done.\u201d')).toBe(false);
  });

  it('gives a learner no view on the language she learned, whichever reader meets the verb', () => {
    const found = said(run(['In Basel, Mara Jensen learned her first "foreign language": Swiss German.'], [], ATTITUDES));
    expect(found.some((s) => s.includes('foreign language'))).toBe(false);
  });

  it('reads a work with a possessive among its modifiers as a work written', () => {
    expect(isActSense('wrote', " the original film's screenplay in the 1970s")).toBe(true);
    expect(isActSense('wrote', ' a children\u2019s book about the harbour')).toBe(true);
    expect(isActSense('wrote', " the mayor's letter to the harbour board")).toBe(false);
  });

  it('reports no words of a screenwriter, through the verb of saying either', () => {
    const found = said(run(["Tor Vik asked what the story meant now, compared to when Mara Jensen wrote the original film's screenplay in the 1970s."]));
    expect(found.some((s) => s.startsWith('Mara Jensen |'))).toBe(false);
    expect(said(run(['Mara Jensen wrote that the ferry had been late all week.']))).toContain('Mara Jensen | the ferry had been late all week');
  });

  it('gives a writer no view on the script she wrote', () => {
    const found = said(run(['Mara Jensen interviewed forty ferry workers to write the script.'], [], ATTITUDES));
    expect(found.some((s) => s.includes('the script'))).toBe(false);
  });
});
