import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('the time of the telling between a cue and its content', () => {
  it('is no part of what was said ("said on Thursday it …", "said Wednesday the …")', () => {
    const r = run([
      'The Harbour Board said on Thursday it would raise ferry fares by 5 percent.',
      'Ruth Okafor said Wednesday the terminal would open in May.',
    ]);
    expect(said(r)).toEqual([
      'Harbour Board | it would raise ferry fares by 5 percent',
      'Ruth Okafor | the terminal would open in May',
    ]);
  });

  it('leaves a sentence whose content came first alone ("…, the board announced Wednesday at the show")', () => {
    const r = run(['The ferry will run all winter, the Harbour Board announced Wednesday at the boat show.']);
    expect(said(r)).toEqual(['Harbour Board | The ferry will run all winter']);
  });

  it('reads no content in the time and the occasion after the cue ("said last week after the ruling")', () => {
    expect(said(run(['Ruth Okafor said last week after the court ruled against the levy.']))).toEqual([]);
    expect(said(run(['The levy was a mistake, Ruth Okafor said in April while touring the harbour.']))).toEqual(['Ruth Okafor | The levy was a mistake']);
  });

  it('still reads a that-clause after them ("said Friday after the vote that …")', () => {
    expect(said(run(['Ruth Okafor said Friday after the vote that the levy would stand.']))).toEqual(['Ruth Okafor | the levy would stand']);
  });

  it('reads no statement in a noun described by a past participle ("The results reported Monday are …")', () => {
    const r = run([
      'The results reported Monday are based on a survey of harbour workers.',
      'The figures the board reported last week were higher than expected, Ruth Okafor said.',
    ]);
    expect(said(r)).toEqual(['Ruth Okafor | The figures the board reported last week were higher than expected']);
  });
});
