import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "…, said Jo Lund, UC Vardby professor of history, whose research …": an inverted speaker with a
// capitalised apposition and a relative clause after it still ends the statement's attribution.

describe('an inverted speaker, an apposition, then "who/whose"', () => {
  it('reads the statement before the verb', () => {
    const found = said(run(['The run of ferry accidents is “deeply alarming,” said Dr. Jo Lund, UC Vardby associate professor of Maritime Studies, whose research has focused on the harbour.']));
    expect(found.some((s) => s.startsWith('Jo Lund | The run of ferry accidents is'))).toBe(true);
  });

  it('does not take a clause that goes on after the apposition as the statement', () => {
    const found = said(run(['The harbour, said Jo Lund, the town historian, is older than the church.']));
    expect(found.some((s) => s.startsWith('Jo Lund | The harbour') && !/older/.test(s))).toBe(false);
  });
});
