import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('two names joined as one subject', () => {
  it('reads "Mr. Varga and Mr. Lund" as the pair, each without the honorific, never "and Mr. Lund"', () => {
    const r = run(['Both Mr. Varga and Mr. Lund say the board has never told them what to say.']);
    expect(said(r)).toEqual(['Varga and Lund | the board has never told them what to say']);
  });
});
