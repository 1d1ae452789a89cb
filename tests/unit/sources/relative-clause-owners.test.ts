import { describe, expect, it } from 'vitest';
import { run, said } from './run';

const ATTITUDES = { attitudes: true };

describe('who a relative clause on the subject belongs to', () => {
  it('reads past a "whose" clause with commas of its own to the name before it', () => {
    const r = run(['Ada Lund, whose town, Vardby, is expected to flood within a decade, argues that the sea wall will fail.']);
    expect(said(r)).toEqual(['Ada Lund | the sea wall will fail']);
  });

  it('credits "a group that …" to the body it describes, not to the person before it', () => {
    const r = run(['Kay Lund, the director at Civic Watch, a group that has argued the levy is illegal, said the fee was unfair.'], [], ATTITUDES);
    expect(r.quotes.find((q) => q.text.startsWith('the levy'))?.speaker).toBe('Civic Watch');
    expect(said(r)).toContain('Kay Lund | the fee was unfair');
  });

  it('keeps the description when no body is named before it', () => {
    const r = run(['The fee was backed by Paul Reed, a spokesman for the islanders, a group that says fares are too high.'], [], ATTITUDES);
    expect(r.quotes.find((q) => q.text.startsWith('fares are'))?.speaker).toBe('group');
  });

  it('does not move a "who" clause off the person it describes', () => {
    const r = run(['Kay Lund, a pilot who has sued the city, said the fee was unfair.'], [], ATTITUDES);
    expect(said(r)).toContain('Kay Lund | the fee was unfair');
    expect(r.quotes.find((q) => q.text === 'the city')?.speaker).not.toBe('Civic Watch');
  });
});
