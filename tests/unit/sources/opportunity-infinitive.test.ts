import { describe, expect, it } from 'vitest';
import { isOpportunityInfinitive } from '../../../src/core/sources/opportunity-infinitive';
import { run, said } from './run';

// "get to" + a verb of perceiving is a chance the subject had, not a view it holds.
const ATTITUDES = { attitudes: true };

describe('a verb of perceiving after "get to"', () => {
  it('is read as a chance, not a purpose', () => {
    expect(isOpportunityInfinitive('when the fans got to ', 'see')).toBe(true);
    expect(isOpportunityInfinitive('the pupils finally get to ', 'meet')).toBe(true);
    expect(isOpportunityInfinitive('she is getting to ', 'know')).toBe(true);
  });

  it('leaves other infinitives and verbs of saying alone', () => {
    expect(isOpportunityInfinitive('the council moved to ', 'see')).toBe(false);
    expect(isOpportunityInfinitive('residents finally got to ', 'voice')).toBe(false);
    expect(isOpportunityInfinitive('the mayor flew to Leeds to ', 'announce')).toBe(false);
  });

  it('gives the sight no position in the sources step', () => {
    const found = said(run(['After the voters got to see her in action at the town hall, her numbers rose.'], [], ATTITUDES));
    expect(found.some((s) => /in action/.test(s))).toBe(false);
  });

  it('still reads a purpose infinitive in a subordinate clause', () => {
    const found = said(run(['The harbour board was in turmoil on Monday as the town council moved to oppose the new pier.'], [], ATTITUDES));
    expect(found).toContain('town council | the new pier');
  });
});
