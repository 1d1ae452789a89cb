import { describe, expect, it } from 'vitest';
import { readDoubleHyphensAsDashes } from '../../../src/core/sources/double-hyphen';
import { run, said } from './run';

describe('a double hyphen typed for a dash', () => {
  it('reads " -- " as a dash, keeping every offset', () => {
    const text = 'Ada Holm -- the harbour pilot -- said so.';
    const read = readDoubleHyphensAsDashes(text);
    expect(read).toHaveLength(text.length);
    expect(read).toBe('Ada Holm \u2014  the harbour pilot \u2014  said so.');
  });

  it('leaves hyphens that are no dash alone ("co-editor", "--flag", "a--b")', () => {
    const text = 'The co-editor ran it with --verbose and a--b.';
    expect(readDoubleHyphensAsDashes(text)).toBe(text);
  });

  it('finds the speaker before an aside set off by double hyphens', () => {
    const r = run(['Mira Kall -- co-editor of a book on the harbour strikes -- said the pilots would return on Monday.']);
    expect(said(r)).toEqual(['Mira Kall | the pilots would return on Monday']);
  });
});
