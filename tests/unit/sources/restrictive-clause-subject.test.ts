import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a subject with a restrictive "that" or "whose" clause', () => {
  it('reads the head before "that" and its verb as the speaker', () => {
    const r = run([
      'A survey that ran in the harbour weekly last spring found that most skippers back the fee.',
      'The board that oversees the ferries concluded that the crossing was safe.',
    ]);
    expect(said(r)).toEqual([
      'survey | most skippers back the fee',
      'board | the crossing was safe',
    ]);
  });

  it('reads the head before a "whose" clause as the speaker', () => {
    const r = run(['Islanders whose boats sank in the storm say the coast guard came too late.']);
    expect(said(r)).toEqual(['Islanders | the coast guard came too late']);
  });

  it('does not read a subject across a "that" that opens a clause of its own', () => {
    const r = run(['Evidence that the pier was unsafe surfaced on Monday.']);
    expect(said(r)).toEqual([]);
  });
});

describe('a cue inside the restrictive clause', () => {
  it('is no verb of the head: after "and", "to", or a lead with a verb of its own', () => {
    const r = run([
      'The crew that left the union last year and endorsed Lund is still at sea.',
      'A pilot whose plan to announce the route fell apart went home.',
      'The mayor cited a survey that showed doubts about the fee.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).not.toContain('crew');
    expect(r.quotes.map((q) => q.speaker)).not.toContain('pilot');
    expect(r.quotes.map((q) => q.speaker)).not.toContain('mayor cited a survey');
  });
});
