import { describe, expect, it } from 'vitest';
import { demonymsOf } from '../../../src/core/sources/refiners/demonyms';

describe('demonymsOf', () => {
  it('builds adjectives and peoples on the stem', () => {
    expect(demonymsOf('Sweden')).toContain('Swedish');
    expect(demonymsOf('China')).toContain('Chinese');
    expect(demonymsOf('Germany')).toContain('German');
    expect(demonymsOf('Israel')).toEqual(expect.arrayContaining(['Israeli', 'Israelis']));
    expect(demonymsOf('Cuba')).toEqual(expect.arrayContaining(['Cuban', 'Cubans']));
    expect(demonymsOf('Korea')).toContain('Korean');
    expect(demonymsOf('Arkansas')).toContain('Arkansan');
  });

  it('adds "-i" only after a consonant and "-n" only after "a"', () => {
    expect(demonymsOf('Chile')).not.toContain('Chilei');
    expect(demonymsOf('Peru')).not.toContain('Perun');
    expect(demonymsOf('Sweden')).not.toContain('Sweden');
  });
});
