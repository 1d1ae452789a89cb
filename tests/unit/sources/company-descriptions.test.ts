import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a company described by what it is', () => {
  it('reads "the retail giant" and "the automaker" as bodies that report', () => {
    const r = run([
      'Nordmart rose 4 percent in early trading. The online retail giant reported a profit of $2 a share.',
      'The automaker said it would close two plants.',
    ]);
    expect(said(r)).toEqual(['online retail giant | a profit of $2 a share', 'automaker | it would close two plants']);
  });

  it('does not make a speaker of a giant that is only mentioned', () => {
    const r = run(['Shares of the retail giant rose 4 percent on Monday.']);
    expect(said(r)).toEqual([]);
  });
});
