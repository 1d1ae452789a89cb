import { describe, expect, it } from 'vitest';
import { isTitleOfBody } from '../../../src/core/sources/titled-name';
import { run, said } from './run';

// "Minister of Harbour Works, Ada Lund, said": an office and its body before the name between commas.
describe('an office of a body before a name', () => {
  it('reads a title that heads a body after "of"', () => {
    expect(isTitleOfBody('Minister of Harbour Works')).toBe(true);
    expect(isTitleOfBody('the Director of Public Prosecutions')).toBe(true);
    expect(isTitleOfBody('Bank of Harbour Town')).toBe(false);
    expect(isTitleOfBody('Friends of the Earth')).toBe(false);
    expect(isTitleOfBody('Ada Lund')).toBe(false);
  });

  it('credits the person named between commas, not the body', () => {
    const r = run(['Minister of Harbour Works, Ada Lund, would not confirm whether the pier is safe.']);
    expect(r.sources.map((s) => s.name)).toEqual(['Ada Lund']);
  });

  it('gives the statement to the named holder, the office her role', () => {
    const r = run(['Minister of Finance, Ana Lund, said the budget was balanced.']);
    expect(said(r)).toEqual(['Ana Lund | the budget was balanced']);
    expect(r.sources[0]?.role).toBe('Minister of Finance');
  });

  it('reads an office over a body of two words', () => {
    expect(said(run(['Governor of the Central Bank, Per Vik, said rates would stay high.']))).toEqual(['Per Vik | rates would stay high']);
  });
});
