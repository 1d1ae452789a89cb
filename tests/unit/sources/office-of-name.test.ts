import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// An office written as a title and "of", then the holder's name between commas (isTitleOfBody in titled-name.ts).
describe('"Minister of Finance, Ana Lund, said"', () => {
  it('gives the statement to the named holder, the office her role', () => {
    const r = run(['Minister of Finance, Ana Lund, said the budget was balanced.']);
    expect(said(r)).toEqual(['Ana Lund | the budget was balanced']);
    expect(r.sources[0]?.role).toBe('Minister of Finance');
  });

  it('reads an office over a body of two words', () => {
    expect(said(run(['Governor of the Central Bank, Per Vik, said rates would stay high.']))).toEqual(['Per Vik | rates would stay high']);
  });
});
