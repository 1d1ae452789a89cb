import { describe, expect, it } from 'vitest';
import { pluralHeads } from '../../../src/core/sources/refiners/plural-names';
import { run, said } from './run';

describe('number agreement of "he" and "she"', () => {
  it('reads the heads the article only gives a plural verb', () => {
    const heads = pluralHeads('Island Democrats say the fee is unfair. Tom Varga says it is fair. Ada Lund and Tom Varga are friends. Voters who back Varga say so.');
    expect(heads.has('Democrats')).toBe(true);
    // (A singular verb elsewhere, and a coordination, keep a name singular.)
    expect(heads.has('Varga')).toBe(false);
  });

  it('does not resolve "he" to a group named in the plural', () => {
    const r = run([
      'Tom Varga, a ferry pilot, said the fee was unfair.',
      'Island Democrats say the fee will hurt the ferries. “Not one skipper agrees with the board,” he said.',
    ]);
    expect(said(r)).toContain('Tom Varga | Not one skipper agrees with the board');
  });
});
