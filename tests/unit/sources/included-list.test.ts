import { describe, expect, it } from 'vitest';
import { includedListLength } from '../../../src/core/sources/included-list';
import { run, said } from './run';

// An example list set off by commas before the verb ("…, including Orbit, Zenix and Quell, said")
// names no speaker: the subject is the phrase it hangs on. Our own sentences.
const segmentsOf = (text: string) => {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const part of text.split(',')) {
    out.push({ start, end: start + part.length });
    start += part.length + 1;
  }
  return out;
};

describe('an example list before the verb (included-list.ts)', () => {
  it('counts the list and its items after the first segment', () => {
    const text = 'Mapleworks, one of the larger firms, including Orbit, Zenix and Quell';
    expect(includedListLength(text, segmentsOf(text))).toBe(2);
    // (Right after the first segment the list may hang on a phrase inside it: left alone.)
    const short = 'Mapleworks, including Orbit, Zenix and Quell';
    expect(includedListLength(short, segmentsOf(short))).toBe(0);
  });

  it('leaves a list in one segment, a clause and a description alone', () => {
    const one = 'Several firms, including Orbit';
    expect(includedListLength(one, segmentsOf(one))).toBe(0);
    const clause = 'Several firms, including Orbit, which has said it will close';
    expect(includedListLength(clause, segmentsOf(clause))).toBe(0);
    const described = 'Some economists, including Ann Roe, a fellow at the Dane Institute';
    expect(includedListLength(described, segmentsOf(described))).toBe(0);
  });

  it('gives the statement to the firm, not to its last client', () => {
    const r = run(['Mapleworks, one of the larger firms in the field with some 9,000 clients, including Orbit, Zenix and Quell, recently announced new features for its app.']);
    expect(said(r)).toEqual(['Mapleworks | new features for its app']);
    const s = run(['Mapleworks, one of the larger firms, including Orbit, Zenix and Quell, recently announced new features for its app.']);
    expect(said(s)).toEqual(['Mapleworks | new features for its app']);
  });

  it('gives a ferry firm its announcement, not the last of its clients, and leaves a plain apposition alone', () => {
    const r = run(['Tidewire, a ferry firm with 400 clients, including Brill, Corvo and Dalsby, recently announced that fares would rise.']);
    expect(said(r)).toContain('Tidewire | fares would rise');
    const plain = run(['Tidewire, a ferry firm in Lund, said the fares would rise.']);
    expect(said(plain)).toContain('Tidewire | the fares would rise');
  });
});
