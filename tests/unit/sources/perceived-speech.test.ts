import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('"X could be heard saying": a saying perceived', () => {
  it('gives a quotation to the subject of "be heard"', () => {
    const r = run(['“We need a new roof,” the woman could be heard saying.']);
    expect(said(r)).toEqual(['woman | We need a new roof']);
  });

  it('reads a "that" clause after "was heard telling" (as the pipeline reads, positions too)', () => {
    const r = run(['In the clip, the driver was heard telling officers that he had not been drinking.'], [], { attitudes: true });
    expect(said(r)).toEqual(['driver | he had not been drinking']);
  });
});
