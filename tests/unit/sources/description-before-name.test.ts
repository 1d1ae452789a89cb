import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "One delegate not on the slate, Kelly Roe, told …": a description the lexicon cannot read, opening
// the sentence with a determiner or a number, before a person's name set off by commas.
describe('an unknown description before a named speaker', () => {
  it('credits the named person', () => {
    const r = run(['One delegate not on the harbour slate, Kelly Roe, told the Courier she was leaning toward the mayor.']);
    expect(said(r)).toEqual(['Kelly Roe | she was leaning toward the mayor']);
  });

  // (A name's possessive opens the description as a determiner does: "Ruiz's running mate".)
  it('credits the person after a possessive description, after a linking word too', () => {
    const r = run(['Mayor Ruiz\'s running mate, Councillor Ana Holt, plans to publish the harbour accounts soon.'], [], { attitudes: true });
    expect(r.quotes.map((q) => `${q.speaker} | ${q.text}`)).toEqual(['Ana Holt | to publish the harbour accounts soon']);
    const s = run(['But Lund\'s longtime sparring partner, Per Vik, told the Courier the levy would fail.']);
    expect(said(s)).toEqual(['Per Vik | the levy would fail']);
  });

  it('does not take a lone capitalised word after a place for a person', () => {
    const r = run(['The ferry to the mainland, Vardby, said nothing about the delay.']);
    expect(said(r).some((l) => l.startsWith('Vardby |'))).toBe(false);
  });
});
