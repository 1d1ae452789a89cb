import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A name the lexicon gives no gender takes the one the article's own pronouns give it
// (pronoun-gender.ts): a later "he" is then no longer hers.
describe('gender from the pronouns after a sentence-opening name', () => {
  it('keeps a later "he" off a woman the text calls "she"', () => {
    const r = run([
      'Tavi Oruro-Mensah pleaded not guilty when she appeared in court on Monday.',
      'The first witness was the chief inspector, Kwabe Ntsiki-Dlamo, who led the inquiry.',
      'Oruro-Mensah listened. He said the accounts had been watched for months.',
    ]);
    expect(said(r)).toContain('Kwabe Ntsiki-Dlamo | the accounts had been watched for months');
  });

  it('leaves a pronoun after another named person to that person', () => {
    const r = run([
      'Tavi Oruro-Mensah met Kwabe Ntsiki-Dlamo, who said he would testify.',
      'Oruro-Mensah spoke briefly. She said the case was weak.',
    ]);
    expect(said(r)).toContain('Tavi Oruro-Mensah | the case was weak');
  });
});
