import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a pronoun after a quotation continued over paragraphs', () => {
  it('goes back to the quotation\'s speaker however many paragraphs it ran', () => {
    const r = run([
      'Ada Lund, head of the sailing club, said members were "deeply saddened" by the loss.',
      'She said: "He was the heart of the club.',
      '"He taught half the town to sail.',
      '"He never missed a regatta.',
      '"We will all miss him."',
      'She added the club would hold a memorial race in the spring.',
    ]);
    expect(said(r).at(-1)).toBe('Ada Lund | the club would hold a memorial race in the spring');
  });
});
