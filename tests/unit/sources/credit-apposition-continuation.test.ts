import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a quotation after a paragraph whose credit holds a position in its apposition', () => {
  it('goes on with the credited statement, not the position read in the apposition', () => {
    const r = run([
      'Ferry fares have tripled since 2010, according to a report by Relief Watch, a network aiming to improve access to transport.',
      '"On the outer islands, for example, a return ticket now costs more than a week of groceries."',
    ]);
    expect(said(r).at(-1)).toBe('Relief Watch | On the outer islands, for example, a return ticket now costs more than a week of groceries.');
  });

  it('still carries nothing after a paragraph that only tells what a group wants', () => {
    const r = run([
      'The islanders want the council to cap ferry fares.',
      '"On the outer islands, for example, a return ticket now costs more than a week of groceries."',
    ]);
    expect(r.quotes.filter((q) => q.direct)).toEqual([]);
  });
});
