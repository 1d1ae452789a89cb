import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a sentence announcing a statement, then a quotation with no cue', () => {
  it('gives the quotation to the subject that made the statement', () => {
    const r = run(['Roe’s lawyer, Jeremy Holt, had a more succinct statement after the ruling on Thursday. “It is hard to overstate how big this ruling is. Every driver will feel it.”']);
    expect(said(r)).toEqual(['Jeremy Holt | It is hard to overstate how big this ruling is. Every driver will feel it.']);
  });

  it('reads a quotation that opens the next paragraph', () => {
    const r = run(['The ferry company issued a statement on Monday.', '“We are deeply sorry for the delays and will refund every ticket.”']);
    expect(said(r)).toEqual(['ferry company | We are deeply sorry for the delays and will refund every ticket.']);
  });

  it('leaves a quotation after a statement with a clause of its own', () => {
    const r = run(['The ferry company issued a statement blaming the weather for the delays. “Nobody could sail in that.”']);
    expect(said(r).filter((l) => l.includes('Nobody could sail'))).toEqual([]);
  });
});
