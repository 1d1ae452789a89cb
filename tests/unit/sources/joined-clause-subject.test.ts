import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "X is Y and a spokeswoman said …": a second whole clause joined without a comma has its own subject.
describe('a statement in a second clause joined by a bare "and" (joined-clause-subject.ts)', () => {
  it('reads the subject after the conjunction', () => {
    const found = said(run(['Tarn Press is an imprint of Harbour Books and a Harbour spokeswoman said no date had been set for the launch.']));
    expect(found).toContain('Harbour spokeswoman | no date had been set for the launch');
  });

  it('reads it after a passive first clause', () => {
    const found = said(run(['The ferry was held in port overnight and the harbour master said the storm had damaged its hull.']));
    expect(found).toContain('harbour master | the storm had damaged its hull');
  });

  it('leaves two subjects of one verb alone', () => {
    const found = said(run(['Ada Lund and a spokeswoman said no date had been set.']));
    expect(found.some((s) => s.startsWith('spokeswoman |'))).toBe(false);
  });
});

describe('a pair opened by "both" (joined-clause-subject.ts)', () => {
  it('does not split "both X and Y say" into a clause', () => {
    const found = said(run(['Fares are rising across the islands as both Tarn Ferries and Vardby Lines say fuel costs have doubled.']));
    expect(found.some((s) => s.startsWith('Vardby Lines |'))).toBe(false);
  });
});
