import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a photo caption between paragraphs is no antecedent for "she"', () => {
  it('gives the pronoun after the caption to the person of the text', () => {
    const r = run([
      'Ada Lind has changed parts of her account of that night several times.',
      'In 2022, she withdrew part of her complaint, saying she "may have been wrong" about the date.',
      ['caption', 'Mara Voss is serving a ten-year sentence for fraud. (AP)'],
      'She said she "was very young at the time" and "it was a frightening place."',
      'Later, she said they had met twice.',
    ]);
    expect(said(r)).toContain('Ada Lind | they had met twice');
    expect(said(r).some((l) => l.startsWith('Mara Voss'))).toBe(false);
  });

  it('still reads a caption\'s own pronoun by the name in it', () => {
    const r = run([
      'Ada Lind has changed parts of her account of that night several times.',
      ['caption', 'Mara Voss leaves the court on Monday. She said she "never met" the witness.'],
    ]);
    expect(said(r)).toContain('Mara Voss | she "never met" the witness');
  });
});
