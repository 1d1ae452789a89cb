import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "Lab results confirmed X, police said": the document inside a trailing statement is the police's to vouch for.
describe('a finding inside a statement that closes the sentence (nested-statements.ts)', () => {
  it('keeps the trailing speaker only', () => {
    const found = said(run(['Lab results confirmed a high level of the toxin in the harbour water, the port authority said.']));
    expect(found).toContain('port authority | Lab results confirmed a high level of the toxin in the harbour water');
    expect(found.some((s) => s.startsWith('Lab results |'))).toBe(false);
  });

  it('keeps a person\'s own words inside the trailing statement', () => {
    const found = said(run(['Ada Lund told the board the ferry would be late, two members said.']));
    expect(found.some((s) => s.startsWith('Ada Lund |'))).toBe(true);
  });
});
