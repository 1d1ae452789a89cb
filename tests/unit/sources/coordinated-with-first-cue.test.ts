import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "X lamented A and criticized B": the second verb shares the first cue's speaker when the first
// content ends right before the "and". The first content is the first verb's object, never the
// second verb's subject, even when a quoted word cuts it off from the name before it.
const ATTITUDES = { attitudes: true };

describe('a verb coordinated with a first cue', () => {
  it('shares the first cue\'s speaker across a quoted word in the object', () => {
    const found = said(run(['The mood soured on Monday when Councillor Ada Lund lamented the "hollow" state of the harbour board and criticized the "closed-door" habits of its chairman.'], [], ATTITUDES));
    expect(found).toContain('Ada Lund | the "closed-door" habits of its chairman');
    expect(found.some((s) => s.startsWith('state of the harbour board'))).toBe(false);
  });

  it('keeps a second clause with a subject of its own apart', () => {
    expect(said(run(['The board praised the new ferry schedule, and the union criticized the fare increase.'], [], ATTITUDES))).toEqual([
      'board | the new ferry schedule',
      'union | the fare increase',
    ]);
  });
});

describe('a coordinated verb after a perfect auxiliary', () => {
  it('shares the first verb\'s subject inside a relative clause, not the sentence\'s', () => {
    const r = run(['Varga was questioned by host Tom Lind, who is backing Varga, but has previously dismissed the story about the harbour accounts, whether the levy would pass.'], [], ATTITUDES);
    expect(r.quotes.find((q) => q.cue === 'dismissed')?.speaker).toBe('Tom Lind');
  });
});
