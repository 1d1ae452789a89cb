import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('abbreviations inside a speaker\'s name', () => {
  it('reads a delegate\'s title "Del." after the verb as part of the speaker, not a sentence end', () => {
    const r = run(['“The panel is hurting,” said Del. Ana Vik of the Outer Isles.']);
    expect(said(r)).toEqual(['Del. Ana Vik | The panel is hurting']);
  });

  it('still ends the sentence after the state "Del." that follows a comma', () => {
    const r = run(['The ferry docked in Dover, Del. The crew said the sea was calm.']);
    expect(said(r)).toEqual(['crew | the sea was calm']);
  });

  it('reads "Jun" after a given name as a surname, not the month', () => {
    const r = run(['“The plans are far from kind,” columnist Ai Jun wrote in the weekly.']);
    expect(said(r)).toEqual(['Ai Jun | The plans are far from kind']);
  });

  it('keeps "Jun" before a day as the month', () => {
    const r = run(['Ana Vik Jun 5 said the sea was calm.']);
    expect(r.sources.map((s) => s.name)).not.toContain('Vik Jun');
  });
});
