import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a sentence after an abbreviation that ends a name', () => {
  it('ends a statement at "the U.S." when a pronoun opens the next sentence', () => {
    const r = run(['Jane Cole says the mayor is trying to distract from crime in the U.S. She says voters need answers on safety.']);
    expect(said(r)).toEqual(['Jane Cole | the mayor is trying to distract from crime in the U.S', 'Jane Cole | voters need answers on safety']);
  });

  it('keeps a name that goes on after its abbreviation in its sentence', () => {
    const r = run(['Jane Cole says Gov. Tom Reed and the U.S. Senate agreed on the annex.']);
    expect(said(r)).toEqual(['Jane Cole | Gov. Tom Reed and the U.S. Senate agreed on the annex']);
  });
});
