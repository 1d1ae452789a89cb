import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A name the article treats as a body is an organisation before any pronoun is resolved
// (refiners/settled-kinds.ts): "he" passes it by, "it" may take it.
describe('kinds settled before pronouns', () => {
  it('keeps "he" off a publisher named by its short name', () => {
    const r = run([
      'The memoir of chef Peter Brenn was released on Monday by Skerry Publishing.',
      '“The book is a frank account of a long life in kitchens,” Skerry announced.',
      'He said the closing of his first restaurant was the hardest year.',
    ], [], { attitudes: true });
    expect(said(r).some((l) => l.startsWith('Skerry') && l.includes('closing'))).toBe(false);
    expect(said(r)).toContain('Peter Brenn | the closing of his first restaurant was the hardest year');
  });

  it('lets "it" take a body named as a speaker', () => {
    const r = run(['Skerry Publishing announced the memoir on Monday.', 'It said the book would come out in May.']);
    expect(said(r)).toContain('Skerry Publishing | the book would come out in May');
  });

  it('keeps a person whose surname stands in a body-shaped phrase ("a state Holt is expected to win")', () => {
    const r = run([
      'Peter Holt toured the harbour on Monday.',
      'In a state Holt is expected to win, Holt said the ferry tax would fall.',
      'He said the port would hire forty workers.',
    ]);
    expect(r.sources.find((s) => s.name === 'Peter Holt')?.kind).toBe('person');
    expect(said(r)).toContain('Peter Holt | the port would hire forty workers');
  });
});
