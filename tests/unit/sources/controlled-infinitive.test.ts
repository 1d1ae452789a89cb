import { describe, expect, it } from 'vitest';
import { isControlledInfinitive } from '../../../src/core/sources/controlled-infinitive';
import { run, said } from './run';

// "urged the council to reject …": the infinitive is the object's to do, not the subject's position.
const ATTITUDES = { attitudes: true };

describe('an infinitive handed to an object (controlled-infinitive.ts)', () => {
  it('finds a verb of asking or allowing with its object before "to"', () => {
    expect(isControlledInfinitive('The union has urged the harbour board to ')).toBe(true);
    expect(isControlledInfinitive('a new rule requiring ferry firms to ')).toBe(true);
    expect(isControlledInfinitive('She lobbied the mayor to ')).toBe(true);
    expect(isControlledInfinitive('a petition calling on councillors to ')).toBe(true);
  });

  it('leaves the subject\'s own infinitive', () => {
    expect(isControlledInfinitive('Ada Lund flew to Tarn to ')).toBe(false);
    expect(isControlledInfinitive('Ada Lund allowed herself to ')).toBe(false);
    expect(isControlledInfinitive('The board asked to ')).toBe(false);
    expect(isControlledInfinitive('a push by the union to ')).toBe(false);
  });

  it('gives the union no position of the board\'s', () => {
    const found = said(run(['The ferry union has urged the harbour board to reject the new timetable.'], [], ATTITUDES));
    expect(found.some((s) => s.includes('the new timetable') && !s.startsWith('ferry union |') && !s.startsWith('The ferry union |'))).toBe(false);
    expect(found.some((s) => /union \| the new timetable/.test(s))).toBe(false);
  });

  it('still reads an infinitive of purpose', () => {
    const found = said(run(['Ada Lund flew to Tarn to announce her bid for mayor.'], [], ATTITUDES));
    expect(found.some((s) => s.startsWith('Ada Lund |') && s.includes('her bid'))).toBe(true);
  });
});
