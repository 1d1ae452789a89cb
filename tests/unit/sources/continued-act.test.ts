import { describe, expect, it } from 'vitest';
import { isContinuedAct } from '../../../src/core/sources/continued-act';
import { run, said } from './run';

// "continue" before an infinitive goes on doing what the infinitive says, and reports nothing unless
// that verb is one of saying.
describe('continue before an infinitive', () => {
  it('reads no statement from "continue to" and an act', () => {
    expect(said(run(['Police in the town continue to search the rubble after a storm that flattened two barns in an hour.']))).toEqual([]);
  });

  it('still reads "continued" after a quotation', () => {
    expect(said(run(['“The road is closed,” Ada Lund said. “It will stay closed,” she continued.'])).map((l) => l.split(' | ')[0])).toEqual(['Ada Lund', 'Ada Lund']);
  });

  it('keeps "continue to" before a verb of saying', () => {
    expect(isContinuedAct('continued', ' to insist that the vote was fair')).toBe(false);
    expect(isContinuedAct('continued', ' to clear the rubble')).toBe(true);
    expect(isContinuedAct('continued', ': “We will win.”')).toBe(false);
  });
});

describe('continue before an infinitive that governs a clause', () => {
  it('keeps the stance the clause holds', () => {
    expect(isContinuedAct('continued', ' to express some optimism that a new pier could still be built')).toBe(false);
    expect(isContinuedAct('continue', ' to search the rubble after a storm that flattened two barns')).toBe(true);
  });
});
