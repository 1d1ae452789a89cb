import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A description that opens the sentence is read on through its nouns ("The harbour board", "Coastal
// farmers"), not cut at its first word, when a later verb of saying shares its subject.
describe('a description read whole before a shared verb', () => {
  it('keeps a body\'s second noun before a coordinated "and said"', () => {
    expect(said(run(['The county council strongly denied the report and said the timetable would stay.']))).toContain(
      'county council | the timetable would stay',
    );
  });

  it('keeps the noun after a capitalised modifier before a participle', () => {
    expect(said(run(['Coastal farmers packed the town hall on Monday, saying the new levy was unfair.']))).toContain(
      'Coastal farmers | the new levy was unfair',
    );
    expect(said(run(['A Lund campaign official later withdrew the remark, saying it had been a joke.']))).toContain(
      'Lund campaign official | it had been a joke',
    );
  });

  it('stops at the verb, an adverb or a preposition', () => {
    const found = said(run(['Island nurses walked out of the clinic, saying the rota was unsafe.']));
    expect(found).toContain('Island nurses | the rota was unsafe');
    expect(found.some((s) => /nurses walked/.test(s))).toBe(false);
  });

  it('leaves a name alone when a verb follows it', () => {
    expect(said(run(['Mira Holt toured the harbour on Friday, saying the pier needed repairs.']))).toContain(
      'Mira Holt | the pier needed repairs',
    );
  });
});
