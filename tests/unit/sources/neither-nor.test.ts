import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A "neither … nor" subject denies each member's verb: no speaker (neither-nor.ts).
describe('a "neither … nor" subject', () => {
  it('makes no statement of the second name', () => {
    expect(said(run(['Neither Mark Ruiz nor Anna Bell would comment on the plan.', 'Anna Bell said the plan was late.'])))
      .toEqual(['Anna Bell | the plan was late']);
  });

  it('nor of a pair of descriptions', () => {
    expect(said(run(['Neither the mayor nor his aides said the plan would pass.']))).toEqual([]);
  });
});
