import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('an inverted speaker with a participle on it ("…, says a report highlighting …")', () => {
  it('reads the speaker before the participle and the statement before the cue', () => {
    const r = run(['Hundreds of nurses in the region are working unpaid overtime, says a survey highlighting the strain on wards.']);
    expect(said(r)).toEqual(['survey | Hundreds of nurses in the region are working unpaid overtime']);
  });

  it('keeps a noun in -ing inside the speaker\'s phrase ("a housing official")', () => {
    const r = run(['Rents will rise again next year, said a housing official in Vardby.']);
    expect(said(r)).toEqual(['housing official | Rents will rise again next year']);
  });
});

describe('"…, estimates X": an estimate told after the statement', () => {
  it('reads the speaker after the cue and the statement before it', () => {
    const r = run(['The new pier may have cost about 4 million pounds, estimates Tom Reed, chief engineer at Harbour Works.']);
    expect(said(r)).toEqual(['Tom Reed | The new pier may have cost about 4 million pounds']);
  });
});
