import { describe, expect, it } from 'vitest';
import { run, said } from './run';
import { isPersonNameSegment } from '../../../src/core/sources/named-after-body';

describe('a person named after a description ending in a body "of" a name', () => {
  it('gives the statement to the person after "the director of the Bureau of Harbours"', () => {
    expect(said(run(['On Monday, the director of the Bureau of Harbours, Ada B. Lund, said that the pier would reopen.']))).toEqual(['Ada B. Lund | the pier would reopen']);
  });

  it('tells a person from a place by the first word', () => {
    expect(isPersonNameSegment(' James B. Comey')).toBe(true);
    expect(isPersonNameSegment(' New York')).toBe(false);
    expect(isPersonNameSegment(' Charlotte')).toBe(false);
  });
});
