import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A poll's finding that lists shares of respondents ("43% back Ruiz, while 41% back Lind") is one
// finding of the poll: the shares after the first are not a new speaker's clause that ends it.
describe('a document\'s finding that lists shares', () => {
  it('keeps every share in the poll\'s content', () => {
    const r = run(['A Harbour Gazette poll released Sunday found that 43 percent of likely voters back Ruiz, while 41 percent favor Lind and 9 percent are undecided.'], [], { attitudes: true });
    const poll = r.quotes.find((q) => q.cue === 'found');
    expect(poll?.text).toBe('43 percent of likely voters back Ruiz, while 41 percent favor Lind and 9 percent are undecided');
  });

  it('keeps the shares joined by ", and"', () => {
    const r = run(['The survey found that 52% of islanders support the new ferry, and 38% oppose it.'], [], { attitudes: true });
    const survey = r.quotes.find((q) => q.cue === 'found');
    expect(survey?.text).toBe('52% of islanders support the new ferry, and 38% oppose it');
  });

  it('still ends a statement where another speaker\'s clause begins', () => {
    const r = run(['Ruiz said the ferry should stay, while Lind said it should go.']);
    expect(said(r)).toEqual(['Ruiz | the ferry should stay', 'Lind | it should go']);
  });
});
