import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a subject pronoun between the verb of saying and "that"', () => {
  it('starts the content at the pronoun: the "that" is the reported clause\'s own', () => {
    const r = run(['Councillor Mira Holt said she believed that the ferry would run again in May.']);
    expect(said(r)).toContain('Mira Holt | she believed that the ferry would run again in May');
  });

  it('keeps both conjuncts of "says … but that …"', () => {
    const r = run(['Councillor Mira Holt says she likes the ferry but that the fares are too high.']);
    expect(said(r)).toContain('Mira Holt | she likes the ferry but that the fares are too high');
  });

  it('still skips the person told before "that"', () => {
    const r = run(['Councillor Mira Holt told him that the ferry would run again in May.']);
    expect(said(r)).toEqual(['Mira Holt | the ferry would run again in May']);
  });
});
