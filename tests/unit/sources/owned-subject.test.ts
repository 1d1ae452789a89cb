import { describe, expect, it } from 'vitest';
import { ownsThingSubject } from '../../../src/core/sources/refiners/owned-subject';
import { run, said } from './run';

/** ownsThingSubject for the first occurrence of `name` in `text`. */
function owns(text: string, name: string): boolean {
  return ownsThingSubject(text, text.indexOf(name) + name.length);
}

describe('a possessive name that owns the subject of its sentence', () => {
  it('reads a possessive that owns a thing', () => {
    expect(owns('Even so, Mr. Lund’s plans have met resistance.', 'Mr. Lund')).toBe(true);
    expect(owns('These days, Ms. Holm\'s speeches can ramble.', 'Ms. Holm')).toBe(true);
    expect(owns('By then, Per Jones’ campaign was broke.', 'Per Jones')).toBe(true);
  });

  it('does not read a possessive that owns a person, nor a name with none', () => {
    expect(owns('In 2015, Mr. Lund’s aide said no.', 'Mr. Lund')).toBe(false);
    expect(owns('In 2015, Mr. Lund’s wife said no.', 'Mr. Lund')).toBe(false);
    expect(owns('In 2015, Mr. Lund’s longtime backers left.', 'Mr. Lund')).toBe(false);
    expect(owns('In 2015, Mr. Lund said no.', 'Mr. Lund')).toBe(false);
  });

  it('sends the next "he" to the owner rather than to a speaker quoted earlier', () => {
    const r = run([
      '“The harbour needs a plan,” said Tom Berg, a fisherman who has known Mr. Lund for years.',
      'Even at the council, Mr. Lund’s ideas have met resistance. He said the budget would not pass this year.',
    ]);
    expect(said(r)).toContain('Lund | the budget would not pass this year');
  });

  it('takes a titled surname that ends like a demonym for a person', () => {
    const r = run([
      '“The harbour needs a plan,” said Tom Berg, a fisherman who has known Mr. Ryan for years.',
      'Even at the council, Mr. Ryan’s ideas have met resistance. He said the budget would not pass this year.',
    ]);
    expect(said(r)).toContain('Ryan | the budget would not pass this year');
  });
});
