import { describe, expect, it } from 'vitest';
import { isThatClauseBeforeQuote } from '../../../src/core/sources/that-clause-before-quote';
import { run } from './run';

// "Berg said that after ten years of delay, “it is time …”": the quotation closes the reported clause.
describe('a quotation that closes a "that" clause the writer opened', () => {
  it('is read whole, the opening with the quotation', () => {
    const r = run(['The mayor, Ann Berg, said that after ten years of delay, “it is time to build the bridge.”']);
    expect(r.quotes.map((q) => `${q.speaker} | ${q.text}`)).toEqual(['Ann Berg | after ten years of delay, “it is time to build the bridge.”']);
  });

  it('is read whole after a short object before "that"', () => {
    const r = run(['Ann Berg, the mayor, tells audiences that after ten years and four plans, “It is time.”']);
    expect(r.quotes.map((q) => q.text)).toEqual(['after ten years and four plans, “It is time.”']);
  });

  it('leaves a quotation after an adjunct of the saying', () => {
    const r = run(['Ann Berg said during a rally in Ames, “We will build it.”']);
    expect(r.quotes.map((q) => `${q.speaker} | ${q.text}`)).toEqual(['Ann Berg | We will build it.']);
  });

  it('needs words of the clause between "that" and the comma', () => {
    expect(isThatClauseBeforeQuote(' that, ')).toBe(false);
    expect(isThatClauseBeforeQuote(' that ')).toBe(false);
    expect(isThatClauseBeforeQuote(' during a rally in Ames, ')).toBe(false);
    expect(isThatClauseBeforeQuote(' that if the plan failed, ')).toBe(true);
    expect(isThatClauseBeforeQuote(' reporters that in May, ')).toBe(true);
  });
});
