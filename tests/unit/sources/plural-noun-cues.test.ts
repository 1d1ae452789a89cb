import { describe, expect, it } from 'vitest';
import { run, said } from './run';

const attitudes = { attitudes: true };

describe('a plural cue word that heads a subject', () => {
  it('is no position when the clause verb follows it ("ferry orders have …", "Some projects are …")', () => {
    expect(said(run(['Stay-at-home orders have closed the ferry terminal for a month.'], [], attitudes))).toEqual([]);
    expect(said(run(['Harbour rights advocates have started a petition against the new tariff.'], [], attitudes))).toEqual([]);
  });

  it('is still a verb in a relative clause ("the plan that Ruiz hopes will pass")', () => {
    const r = run(['The council backed a tariff plan that Maria Ruiz hopes will pass before the summer.'], [], attitudes);
    // (The content is the relative clause itself, pronoun to clause end: what the plan is hoped to do.)
    expect(said(r)).toContain('Maria Ruiz | that Maria Ruiz hopes will pass before the summer');
  });
});
