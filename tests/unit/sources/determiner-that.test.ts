import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "wrote in that magazine about …": a "that" right after a preposition is a determiner, not the
// complementiser that opens what was said; the content is not cut after it.
describe('a "that" right after a preposition', () => {
  it('is no start of the content', () => {
    const r = run(['Maya Lund, an editor at the Harbour Review, wrote in that magazine about her week on the island.']);
    expect(said(r)).toEqual(['Maya Lund | in that magazine about her week on the island']);
  });

  it('leaves the complementiser after a noun alone', () => {
    const r = run(['Maya Lund wrote in a column that the island needs a second ferry.']);
    expect(said(r)).toEqual(['Maya Lund | the island needs a second ferry']);
  });
});
