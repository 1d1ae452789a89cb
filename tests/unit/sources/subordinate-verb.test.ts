import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A clause opened by a subordinator whose subject has an "of" phrase: the speaker reader took the
// clause's verb into that phrase, and the description after the comma was read as its apposition
// (subordinate-clause.ts). The main clause's subject speaks.
describe('a subordinate clause before the speaker', () => {
  it('gives the quotation to the main clause\'s subject', () => {
    expect(said(run(['However, when the head of the Vardia Bank pressed Lund to resign, the premier said only: “The plan is working.”'])))
      .toEqual(['premier | The plan is working.']);
  });

  it('does so with a name after an "of" phrase', () => {
    expect(said(run(['When Green Party of Vardia leader Tomas Berg pressed Lund to attend, the premier said the talks were over.'])))
      .toEqual(['premier | the talks were over']);
  });
});
