import { describe, expect, it } from 'vitest';
import { isOpeningListItem } from '../../../src/core/sources/opening-list-item';
import { run } from './run';

// An opening adverbial whose object is a list ("With the defeats of A in 1980, B in 1984, and C in
// 1988, …") holds no subject: its items repeat a name and one preposition. Our own sentences.
const ATTITUDES = { attitudes: true };

describe('an item of an opening list is no subject (opening-list-item.ts)', () => {
  it('reads a name and a preposition repeated by the next item', () => {
    expect(isOpeningListItem(' in 1984, and Cal Dee in 1988, Liberals began')).toBe(true);
    expect(isOpeningListItem(' at the pier, Ola Berg at the dock, and …')).toBe(true);
    expect(isOpeningListItem(' claimed the plan was dead.')).toBe(false);
    // (A name and its own description: "Ann Roe of the union, a veteran, said".)
    expect(isOpeningListItem(' of the union, a veteran, said')).toBe(false);
  });

  it('gives the position to no one on the list', () => {
    const r = run(['At the same time, with the defeats of Ann Rowe in 1980, Bo Lund in 1984, and Cal Dee in 1988, the Liberals began to think they had to change.'], [], ATTITUDES);
    expect(r.sources.map((s) => s.name)).not.toContain('Bo Lund');
  });

  it('still reads the subject after an opening phrase', () => {
    const r = run(['In a speech on Friday, Mia Tann claimed the plan was dead.']);
    expect(r.sources.map((s) => s.name)).toEqual(['Mia Tann']);
  });
});
