import { describe, expect, it } from 'vitest';
import { gendersOf, namesAgree } from '../../../src/core/sources/gender';
import { run, said } from './run';

// A surname borne by a man and by a person whose given name tells no gender: "she" may still be
// the second one, whom the article calls by the surname alone.
describe('a surname shared with a person of unknown gender', () => {
  it('lets the surname agree with either pronoun', () => {
    const genders = gendersOf([{ name: 'Brisa Tolvane', roleWords: '' }, { name: 'Tolvane', roleWords: 'mr' }]);
    expect(namesAgree(['Tolvane'], genders, 'f')).toBe(true);
    expect(namesAgree(['Tolvane'], genders, 'm')).toBe(true);
  });

  it('keeps the gender when only the one bearer is named', () => {
    const genders = gendersOf([{ name: 'Tolvane', roleWords: 'mr' }]);
    expect(namesAgree(['Tolvane'], genders, 'f')).toBe(false);
  });

  it('gives "she" to the surname the paragraph opens with', () => {
    const r = run([
      'Brisa Tolvane ran the harbour board for a decade, and her husband, Peter Tolvane, kept the books.',
      'Tolvane, 58, declined to comment for this story. Asked about the sale at a meeting, she defended the vote. "We had no other buyer," she said.',
    ]);
    expect(said(r)).toContain('Brisa Tolvane | We had no other buyer');
  });
});
