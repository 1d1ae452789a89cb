import { describe, expect, it } from 'vitest';
import { isComparisonPreposition } from '../../../src/core/sources/comparison-preposition';
import { run, said } from './run';

// "compared to/with" with no object of its own is a preposition or a passive: no one compared.
const ATTITUDES = { attitudes: true };

describe('"compared to" as a preposition', () => {
  it('is no cue', () => {
    expect(isComparisonPreposition('compared', ' to other rich nations')).toBe(true);
    expect(isComparisonPreposition('compared', ' with last spring')).toBe(true);
  });

  it('keeps the active verb with its object', () => {
    expect(isComparisonPreposition('compared', ' the levy to a toll')).toBe(false);
    expect(isComparisonPreposition('said', ' to reporters')).toBe(false);
    expect(said(run(['Lund compared the ferry levy to a toll on the poor.'], [], ATTITUDES))).toContain('Lund | the ferry levy to a toll on the poor');
  });

  it('takes no position from the preposition in the sources step', () => {
    const found = said(run(['Dr. Ada Lund told the paper that the county ranks poorly compared to other rural counties.'], [], ATTITUDES));
    expect(found.some((s) => s.startsWith('Ada Lund | to other'))).toBe(false);
    expect(found.some((s) => s.startsWith('Ada Lund | the county ranks poorly'))).toBe(true);
  });
});
