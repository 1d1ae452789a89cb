import { describe, expect, it } from 'vitest';
import { genderOfMention, marksOtherGender } from '../../../src/core/sources/refiners/mention-gender';
import type { Mention } from '../../../src/core/sources/refiners/person-mentions';
import { run, said } from './run';

const mention = (name: string, roleWords = ''): Mention => ({ start: 0, end: name.length, name, block: 0, person: true, subject: true, titled: roleWords !== '', roleWords, apposedRole: '' });

describe('the gender a mention marks by its own words (mention-gender.ts)', () => {
  it('reads the honorific or role word first, then the given name', () => {
    expect(genderOfMention(mention('Lund', 'mrs.'))).toBe('f');
    expect(genderOfMention(mention('Lund', 'congressman'))).toBe('m');
    expect(genderOfMention(mention('Ann Lund'))).toBe('f');
    expect(genderOfMention(mention('Lund'))).toBeNull();
  });

  it('tells a mention of the other gender than the pronoun asks for', () => {
    expect(marksOtherGender(mention('Lund', 'mrs.'), 'he')).toBe(true);
    expect(marksOtherGender(mention('Lund', 'mrs.'), 'she')).toBe(false);
    expect(marksOtherGender(mention('Lund'), 'he')).toBe(false);
    expect(marksOtherGender(mention('Lund', 'mrs.'), 'they')).toBe(false);
  });

  it('passes over “Mrs. Lund” for a “he” when the article gives the surname to a man too', () => {
    expect(said(run([
      'Last winter Tom Lund and his wife, Ida Lund, hosted a dinner for the town council.',
      '“It felt like we had made peace,” Mr. Vik said. But Mrs. Lund was not as friendly. When she finally noticed Mr. Vik, her eyes narrowed, he said, and she turned away.',
    ])).filter((l) => l.includes('her eyes'))).toEqual(['Vik | When she finally noticed Mr. Vik, her eyes narrowed and she turned away']);
  });
});
