import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "…, the agency announced mid-May.": a time after a trailing cue, without its preposition, is when
// the telling happened; the statement is the clause before the cue, never the time.
describe('a trailing cue with a bare time after it', () => {
  it('reads the clause before "announced mid-May" as the statement', () => {
    expect(said(run(['From next year, ferry fares will be set by the harbour board, the Vardby Council announced mid-May.']))).toEqual([
      'Vardby Council | From next year, ferry fares will be set by the harbour board',
    ]);
  });

  it('and before a month and its day', () => {
    expect(said(run(['The old pier will close for repairs, the Harbour Trust said March 3.']))).toEqual([
      'Harbour Trust | The old pier will close for repairs',
    ]);
  });
});
