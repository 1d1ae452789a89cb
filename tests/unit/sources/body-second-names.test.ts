import { describe, expect, it } from 'vitest';
import { isShorterForm } from '../../../src/core/sources/refiners/body-second-names';
import { run } from './run';

const names = (paragraphs: string[]) => run(paragraphs).sources.map((s) => s.name);

// A body the article names in full and then by a shorter form is listed once, under its full name.
describe('a body\'s shorter name', () => {
  it('reads acronyms that spell a dotted abbreviation out, or leave out a place or an "and …"', () => {
    expect(isShorterForm('USFB', 'U.S. Ferry Board')).toBe(true);
    expect(isShorterForm('HSA', 'U.S. Harbour Safety Agency')).toBe(true);
    expect(isShorterForm('CPS', 'Centre for Pier Safety and Maintenance')).toBe(true);
    expect(isShorterForm('FB', 'U.S. Ferry Board')).toBe(false);
    expect(isShorterForm('HMO', 'Harbour Safety Agency')).toBe(false);
  });

  it('reads a name without the place before it or after its "of"', () => {
    expect(isShorterForm('Department of Harbour Works', 'Vardby Department of Harbour Works')).toBe(true);
    expect(isShorterForm('Ferry Safety Authority', 'Ferry Safety Authority of Norway')).toBe(true);
    expect(isShorterForm('Harbour Works', 'Vardby Department of Harbour Works')).toBe(false);
    expect(isShorterForm('Ferry Safety Authority', 'Ferry Safety Authority and the pilots')).toBe(false);
  });

  it('lists the body once', () => {
    expect(names([
      'The U.S. Ferry Board said fares would rise in May.',
      'The USFB said the old ferries would be sold.',
    ])).toEqual(['U.S. Ferry Board']);
    expect(names([
      'The Vardby Department of Harbour Works said the pier would reopen in May.',
      'The Department of Harbour Works said the piles were sound.',
    ])).toEqual(['Vardby Department of Harbour Works']);
  });
});
