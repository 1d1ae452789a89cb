import { describe, expect, it } from 'vitest';
import { contentIsClause } from '../../../src/core/sources/joined-pronoun-clause';
import { isLowerJoinedPronoun } from '../../../src/core/sources/joined-pronoun';

describe('a lower-case joined pronoun and its content', () => {
  it('knows a lower-case pronoun joined to a group', () => {
    expect(isLowerJoinedPronoun('he and other pilots')).toBe(true);
    expect(isLowerJoinedPronoun('She and her aides')).toBe(false);
    expect(isLowerJoinedPronoun('a source close to him')).toBe(false);
  });

  it('reads a that-clause or a subject and finite verb as a clause', () => {
    expect(contentIsClause('complained that ', 'the count was rushed')).toBe(true);
    expect(contentIsClause('argue ', 'the rise is unfair')).toBe(true);
    expect(contentIsClause('say ', 'the pilots rejected the offer')).toBe(true);
  });

  it('does not read a noun-phrase object as a clause', () => {
    expect(contentIsClause('have stressed ', 'her long record at the pier')).toBe(false);
    expect(contentIsClause('praised ', 'the new ferry schedule')).toBe(false);
  });
});
