import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('"and state" inside a reported clause', () => {
  it('reads "federal and state law" as a noun phrase, not a second cue', () => {
    const r = run(['The harbour board says the ferry line broke federal and state law by skipping inspections.']);
    expect(said(r)).toEqual(['harbour board | the ferry line broke federal and state law by skipping inspections']);
  });

  it('still ends the content at a second verb of saying', () => {
    const r = run(['Mara Olsen said the vote was fair and added that she would not appeal.']);
    expect(said(r)[0]).toBe('Mara Olsen | the vote was fair');
  });
});
