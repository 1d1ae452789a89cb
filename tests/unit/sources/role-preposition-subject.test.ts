import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "A spokeswoman for Halvern Bank also declined to comment, saying …": the role's preposition and the
// name after it belong to the participle's subject, which was cut at "spokeswoman".
describe('a described subject with a role preposition before a participle', () => {
  it('keeps the name after "for"', () => {
    expect(said(run(['The mayor did not respond. A spokeswoman for Halvern Bank also declined to comment, saying that nobody involved remains at the firm.']))).toContain(
      'spokeswoman for Halvern Bank | nobody involved remains at the firm',
    );
  });

  it('does not end the subject on the preposition when a lower-case object follows', () => {
    const r = said(run(['The head of the harbour board walked out, saying the vote was rigged.']));
    expect(r.some((l) => /^head of \|/.test(l) || /^head of the \|/.test(l))).toBe(false);
  });
});
