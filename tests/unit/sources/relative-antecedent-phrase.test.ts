import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// The description a restrictive "who" refers to starts at its determiner: the verb or preposition
// before it belongs to the clause ("asked the mayor about several workers who said").
describe('the description before a restrictive "who"', () => {
  it('leaves out a preposition and the noun before it', () => {
    expect(said(run(['At a town hall, a young woman asked the mayor about several dock workers who said they were mistreated by the port.']))).toContain(
      'several dock workers | they were mistreated by the port',
    );
  });

  it('leaves out the verb whose object the description is', () => {
    expect(said(run(['The push for new clinics helped convince some harbour officials who said the plan did not go far enough.']))).toContain(
      'some harbour officials | the plan did not go far enough',
    );
  });

  it('keeps a phrase that leads into the description ("members of the board")', () => {
    const r = said(run(['The levy was opposed by members of the board who said the fees were too high.']));
    expect(r.some((l) => /^members of the board \|/.test(l))).toBe(true);
  });
});
