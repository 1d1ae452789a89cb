import { describe, expect, it } from 'vitest';
import { isClausePhrase } from '../../../src/core/sources/clause-phrase';
import { run, said } from './run';

// A speaker phrase is a noun phrase; a clause or a piece of one read as it names no one.
const ATTITUDES = { attitudes: true };

describe('a clause read as a speaker phrase', () => {
  it('is a phrase with a negated auxiliary, or "has"/"is" and an object, outside a relative clause', () => {
    expect(isClausePhrase("the jokes didn't stop fans")).toBe(true);
    expect(isClausePhrase('Tom Hale has the most backers among county clerks in Ohio')).toBe(true);
    expect(isClausePhrase('the harbour board is a body of five members')).toBe(true);
  });

  it('leaves a negated auxiliary that ends the phrase, and an object cut at its noun, to the subject', () => {
    expect(isClausePhrase('most members of the county caucus don’t')).toBe(false);
    expect(isClausePhrase('Eighty percent of voters in the county have an unfavorable')).toBe(false);
  });

  it('keeps noun phrases, relative clauses among them', () => {
    expect(isClausePhrase('voters who didn’t turn out')).toBe(false);
    expect(isClausePhrase('Bell wasn’t the only mayor whom Hale')).toBe(false);
    expect(isClausePhrase('residents who have lived there for years')).toBe(false);
    expect(isClausePhrase('the account her brother Paul has given')).toBe(false);
    expect(isClausePhrase('a lawyer for the Varga family')).toBe(false);
    expect(isClausePhrase('Has Bell')).toBe(false);
    expect(isClausePhrase('I')).toBe(false);
  });

  it('lists no source for such a phrase in the sources step', () => {
    const found = said(run(["The posts were cruel, but the jokes didn't stop fans commenting on her clothes whenever she posted."], [], ATTITUDES));
    expect(found.some((s) => s.startsWith("the jokes didn't"))).toBe(false);
    expect(said(run(['Voters who didn’t turn out said the polling stations were hard to reach.'], [], ATTITUDES)))
      .toContain('Voters who didn’t turn out | the polling stations were hard to reach');
  });
});
