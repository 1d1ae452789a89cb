import { describe, expect, it } from 'vitest';
import { isWhileClauseContent } from '../../../src/core/sources/while-clause-content';
import { run, said } from './run';

// An "as" clause of time or manner right after a cue ("she said as she left") tells when or how,
// not what was said (while-clause-content.ts). Our own sentences.
describe('an "as" clause after a cue', () => {
  it('reads a subject and its verb, or "as if"', () => {
    expect(isWhileClauseContent('as she turned to leave the hall')).toBe(true);
    expect(isWhileClauseContent('as a ferry worker walks past the stand')).toBe(true);
    expect(isWhileClauseContent('as Ada Lind left the court')).toBe(true);
    expect(isWhileClauseContent('as if he had been insulted')).toBe(true);
  });

  it('keeps "as" before a noun phrase, a quantity, or a clause with a main clause after its comma', () => {
    expect(isWhileClauseContent('as a landmark')).toBe(false);
    expect(isWhileClauseContent('as many as 30 people were hurt')).toBe(false);
    expect(isWhileClauseContent('as part of the deal the pier would close')).toBe(false);
    expect(isWhileClauseContent('as costs rose, the pier would close')).toBe(false);
    expect(isWhileClauseContent('as the party’s nominee he would sign it')).toBe(false);
  });

  it('reads no statement from the clause, and keeps one with its clause after "that"', () => {
    const r = run([
      'The mayor responded as if he had been deeply insulted.',
      'Councillor Ada Lind argued that as costs rose, the pier would have to close.',
    ], [], { attitudes: true });
    expect(said(r)).toEqual(['Ada Lind | as costs rose, the pier would have to close']);
  });
});
