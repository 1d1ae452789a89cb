import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "Most residents say they fear …": a "they" opening the clause a group says is that group, and a
// cue inside the clause takes it for its speaker.
describe('a "they" right after a verb of saying', () => {
  it('gives the cue inside the clause to the group that says it', () => {
    expect(said(run(['The Port Authority backs the plan. Most residents say they fear the plan will fail within a year.']))).toContain(
      'Most residents | the plan will fail within a year',
    );
  });

  it('does not give a "he" to the group', () => {
    const lines = said(run(['The Port Authority backs the plan. Officials said he hoped the plan would fail.']));
    expect(lines.some((l) => l.startsWith('Officials | the plan would fail'))).toBe(false);
  });

  it('does not give a "they" to a single person', () => {
    const lines = said(run(['The dockers met on Monday. Dan Holt said they fear the plan will fail.']));
    expect(lines.some((l) => l.startsWith('Dan Holt | the plan will fail'))).toBe(false);
  });
});
