import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('what may stand between a verb of saying and its content or its subject', () => {
  it('skips an aside between dashes before "that"', () => {
    const r = run(['His campaign manager Ivo Brandt said — on the radio, as it happens — that the mayor raised about $4 million that day.']);
    expect(said(r)).toEqual(['Ivo Brandt | the mayor raised about $4 million that day']);
  });

  it('reads the speaker before a party tag closed by a comma', () => {
    const r = run(['Sen. Ada Lund (D-Vt.), said the harbour bill would pass by the end of the month.']);
    expect(said(r)).toEqual(['Ada Lund | the harbour bill would pass by the end of the month']);
  });
});
