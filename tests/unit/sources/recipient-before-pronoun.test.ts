import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('the one told before a subject pronoun', () => {
  it('is no part of what was told, whatever its noun', () => {
    expect(said(run(['Tom Lund told police he feared for the safety of his family.']))).toEqual(['Tom Lund | he feared for the safety of his family']);
    expect(said(run(['Ada Berg told her landlord she had seen the boat leave before dawn.']))).toEqual(['Ada Berg | she had seen the boat leave before dawn']);
  });

  it('leaves a "that" clause and a named recipient as they were', () => {
    expect(said(run(['Tom Lund told officers that he feared for his family.']))).toEqual(['Tom Lund | he feared for his family']);
    expect(said(run(['Tom Lund told the Harbour Gazette he feared for his family.']))).toEqual(['Tom Lund | he feared for his family']);
    // (A word that opens a clause is no part of the one told.)
    expect(said(run(['Many readers asked me how I made the ferry charts.']))).toEqual(['Many readers | how I made the ferry charts']);
    expect(said(run(['The ferry fares will double next year, warns harbour master Ada Roe as she urged riders to book early.']))[0]).toBe('Ada Roe | The ferry fares will double next year');
  });
});
