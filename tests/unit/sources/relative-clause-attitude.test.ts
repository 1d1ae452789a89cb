import { describe, expect, it } from 'vitest';
import { run, said } from './run';

const ATTITUDES = { attitudes: true };

describe('an attitude inside a restrictive relative clause on the subject', () => {
  it('is no position of its own (defining-relative.ts), and the subject\'s own statement keeps the clause', () => {
    const r = run(['Skippers who backed the fee last year say they now regret it.'], [], ATTITUDES);
    expect(r.quotes.find((q) => q.cue === 'backed')).toBeUndefined();
    expect(said(r)).toContain('Skippers who backed the fee last year | they now regret it');
  });

  it('does not cut an attitude of the main clause at a later verb of saying', () => {
    const r = run(['Skippers backed a fee that tourists say is fair.'], [], ATTITUDES);
    expect(r.quotes.find((q) => q.cue === 'backed')?.text).toBe('a fee that tourists say is fair');
  });
});

describe('a described subject with a "who" clause', () => {
  it('holds a position, though the clause has determiners of its own', () => {
    const r = run(['Skippers who fish the northern banks oppose the fee.'], [], ATTITUDES);
    expect(said(r)).toEqual(['Skippers who fish the northern banks | the fee']);
  });

  it('still refuses a thing described by a clause with a determiner', () => {
    const r = run(['The plan that the board passed supports the fee.'], [], ATTITUDES);
    expect(said(r)).toEqual([]);
  });
});
