import { describe, expect, it } from 'vitest';
import { isDutyModal } from '../../../src/core/sources/duty-modal';
import { run, said } from './run';

// A cue after a verb of duty: what a rule asks of someone, not a position they hold.
const ATTITUDES = { attitudes: true };

describe('a cue after a verb of duty', () => {
  it('reads "supposed to", "required to" and "have to" as a duty', () => {
    expect(isDutyModal('Councillors are supposed to ')).toBe(true);
    expect(isDutyModal('every firm is legally required to ')).toBe(true);
    expect(isDutyModal('members have to ')).toBe(true);
    expect(isDutyModal('the clerk has to first ')).toBe(true);
  });

  it('keeps a past "had to", a first person, a forecast and a wish', () => {
    expect(isDutyModal('the mayor had to ')).toBe(false);
    expect(isDutyModal('I have to ')).toBe(false);
    expect(isDutyModal('the board is expected to ')).toBe(false);
    expect(isDutyModal('the board wants to ')).toBe(false);
  });

  it('gives the members a rule binds no position', () => {
    const found = said(run([
      'Councillors are supposed to declare gifts to the clerk within 28 days. They have to declare “any interest that might sway a vote”, and the list is then published.',
    ], [], ATTITUDES));
    expect(found).toEqual([]);
  });

  it('still reads a wish to do the same', () => {
    const found = said(run(['The harbour board wants to declare the north pier unsafe.'], [], ATTITUDES));
    expect(found).toEqual(['harbour board | to declare the north pier unsafe']);
  });
});
