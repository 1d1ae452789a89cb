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

describe('asides around a verb of saying', () => {
  it('reads the speaker before a long aside in brackets', () => {
    const r = run(['Sen. Tom Weld (a harbour Democrat so young he has been taken for an intern) says he was unfocused in the weeks after the vote.']);
    expect(said(r)).toEqual(['Tom Weld | he was unfocused in the weeks after the vote']);
  });

  it('skips a comma between the verb and its "that"', () => {
    const r = run(['Ivo Brandt added, that there is a strong emphasis on a fair process for all three campaigns.']);
    expect(said(r)).toEqual(['Ivo Brandt | there is a strong emphasis on a fair process for all three campaigns']);
  });

  it('reads "as X noted, …" after a clause of its own', () => {
    const r = run(['Workers could lose their jobs over the leak, and as Ada Lund noted, people involved in the case could still face sanctions.']);
    expect(said(r)).toEqual(['Ada Lund | people involved in the case could still face sanctions']);
  });
});
