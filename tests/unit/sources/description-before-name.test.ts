import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "One delegate not on the slate, Kelly Roe, told …": a description the lexicon cannot read, opening
// the sentence with a determiner or a number, before a person's name set off by commas.
describe('an unknown description before a named speaker', () => {
  it('credits the named person', () => {
    const r = run(['One delegate not on the harbour slate, Kelly Roe, told the Courier she was leaning toward the mayor.']);
    expect(said(r)).toEqual(['Kelly Roe | she was leaning toward the mayor']);
  });

  it('does not take a lone capitalised word after a place for a person', () => {
    const r = run(['The ferry to the mainland, Vardby, said nothing about the delay.']);
    expect(said(r).some((l) => l.startsWith('Vardby |'))).toBe(false);
  });
});
