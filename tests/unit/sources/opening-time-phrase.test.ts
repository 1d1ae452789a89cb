import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "Last May, a judge …", "Most recently, the office …": a fronted phrase of time or manner closed by
// its comma is no name ("May") or quantifier ("Most") for the description after it to describe.
describe('a fronted phrase of time before a described subject', () => {
  it('does not take the month of "Last May" as the speaker', () => {
    const speakers = run(['Last May, a federal judge handling the lawsuit ordered the harbour board to release its records.'], [], { attitudes: true }).quotes.map((q) => q.speaker);
    expect(speakers).not.toContain('May');
    expect(speakers).not.toContain('Last May');
  });

  it('does not take "Most" of "Most recently" as the speaker', () => {
    expect(said(run(['Most recently, the research office of the port authority concluded that none of the dredging methods worked.']))).toEqual([
      'research office of the port authority | none of the dredging methods worked',
    ]);
  });

  it('still reads a name before its description', () => {
    expect(said(run(['Ada Lund, a harbour pilot, said the channel was too shallow.']))).toEqual(['Ada Lund | the channel was too shallow']);
  });
});
