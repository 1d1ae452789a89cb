import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a list of examples that closes an apposition (listed-examples.ts)', () => {
  it('gives the statement to the name the apposition stands beside, not to a listed member', () => {
    const r = run(['Tidewire, a ferry firm with 400 clients, including Brill, Corvo and Dalsby, recently announced that fares would rise.']);
    expect(said(r)).toContain('Tidewire | fares would rise');
  });

  it('reads the subject alone when the list follows it right away', () => {
    const r = run(['Several carriers, including Brill Lines, said they would cut fares.']);
    expect(said(r)).toContain('Several carriers | they would cut fares');
  });

  it('gives the statement to the firm, not to its last client, however long the description', () => {
    const r = run(['Mapleworks, one of the larger firms in the field with some 9,000 clients, including Orbit, Zenix and Quell, recently announced new features for its app.']);
    expect(said(r)).toEqual(['Mapleworks | new features for its app']);
    const s = run(['Mapleworks, one of the larger firms, including Orbit, Zenix and Quell, recently announced new features for its app.']);
    expect(said(s)).toEqual(['Mapleworks | new features for its app']);
  });

  it('leaves an apposition with no list alone', () => {
    const r = run(['Tidewire, a ferry firm in Lund, said the fares would rise.']);
    expect(said(r)).toContain('Tidewire | the fares would rise');
  });
});
