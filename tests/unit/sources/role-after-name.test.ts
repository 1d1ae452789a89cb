import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// (A role before the name, "the broadest index of Nordland shares", still drops it: weak-sources.test.ts.)
describe('a role that ends in "of"', () => {
  it('keeps a speaker whose role after the name names a quoted title ("the author of “…”")', () => {
    const r = run(['“The rules are late and thin,” said Adam Segal, the author of “Hacked Harbours.”']);
    expect(said(r)).toEqual(['Adam Segal | The rules are late and thin']);
  });
});
