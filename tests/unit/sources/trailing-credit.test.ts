import { describe, expect, it } from 'vitest';
import { run, said } from './run';

const attitudes = { attitudes: true };

describe('a content that a trailing credit closes', () => {
  it('ends before ", reported X" and ", X reported"', () => {
    const r = run([
      'Mayor Ruth Okafor announced a state of emergency over the floods, reported the Harbour Gazette.',
      'The council is considering a new ferry contract worth £2 million, the Bay Ledger reported.',
    ], [], attitudes);
    expect(said(r)).toContain('Ruth Okafor | a state of emergency over the floods');
    expect(said(r)).toContain('council | a new ferry contract worth £2 million');
  });

  it('keeps a statement reported within the content whole', () => {
    const r = run(['Daniel Brandt said that since the vote, the council has kept the ferry running every day.'], [], attitudes);
    expect(said(r)).toContain('Daniel Brandt | since the vote, the council has kept the ferry running every day');
  });
});

describe('a credit in the present tense ("…, the Bay Ledger reports.")', () => {
  it('is a statement of the outlet, and closes the content before it', () => {
    const r = run(['The council is considering a new ferry contract worth £2 million, the Bay Ledger reports.'], [], attitudes);
    expect(said(r)).toEqual(['Bay Ledger | The council is considering a new ferry contract worth £2 million', 'council | a new ferry contract worth £2 million']);
  });
});
