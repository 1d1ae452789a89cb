import { describe, expect, it } from 'vitest';
import { IRREGULAR_PAST } from '../../../src/core/sources/attitude-lexicon';
import { run, said } from './run';

// A past form without "-ed" pairs with a first cue in the past ("praised the plan and cast doubt on
// …") and is never a bare form that needs an agreeing plural subject.
describe('irregular past forms', () => {
  it('knows the past of verbs that news writes as cues ("cast", "gave", "began", "drew", "won")', () => {
    for (const w of ['cast', 'gave', 'given', 'began', 'drew', 'won', 'sent', 'held', 'struck', 'misled', 'withdrew']) {
      expect(IRREGULAR_PAST.has(w), w).toBe(true);
    }
  });

  it('does not take a bare form for a past one', () => {
    for (const w of ['give', 'begin', 'draw', 'win', 'send', 'hold', 'strike', 'mislead', 'withdraw']) {
      expect(IRREGULAR_PAST.has(w), w).toBe(false);
    }
  });
});

describe('"cast" as a cue of portraying', () => {
  const ATTITUDES = { attitudes: true };
  it('reads "cast X as Y" as a position of the subject', () => {
    expect(said(run(['Councillor Ivo Brandt cast himself as the only candidate who could fix the harbour.'], [], ATTITUDES))).toEqual([
      'Ivo Brandt | himself as the only candidate who could fix the harbour',
    ]);
  });

  it('splits "… and cast doubt on …" from a first cue in the past', () => {
    expect(said(run(['Senator Ada Moss praised the plan and cast doubt on the cost estimates from the agency.'], [], ATTITUDES))).toEqual([
      'Ada Moss | the plan',
      'Ada Moss | doubt on the cost estimates from the agency',
    ]);
  });

  it('reads no position in a passive "were cast" or in the noun "cast"', () => {
    expect(said(run(['More than 4,000 votes were cast in the ward on Tuesday.'], [], ATTITUDES))).toEqual([]);
    expect(said(run(['The cast of the play said the theatre was too cold.'], [], ATTITUDES))).toEqual(['cast of the play | the theatre was too cold']);
  });
});
