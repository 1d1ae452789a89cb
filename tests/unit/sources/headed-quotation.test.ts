import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a statement printed whole under a heading that names its speaker', () => {
  const opening = 'The harbour board met on Tuesday to set out its plans for the pier, closed since the January storm.';

  it('takes the speaker of every paragraph from a possessive heading', () => {
    const r = run([
      opening,
      ['subhead', 'Tove Arnesen’s statement in full'],
      '‘Good evening and thank you all for coming to the hall.',
      '‘The board will repair the pier before the summer, and the ferry will run again from June.',
      '‘We will publish the cost of every repair on our website.’',
    ], [], { attitudes: true });
    expect(said(r)).toEqual([
      'Tove Arnesen | Good evening and thank you all for coming to the hall.',
      'Tove Arnesen | The board will repair the pier before the summer, and the ferry will run again from June.',
      'Tove Arnesen | We will publish the cost of every repair on our website.',
    ]);
  });

  it('reads the owner after "by" or "from", and a title-cased speech', () => {
    const byOwner = run([opening, ['subhead', 'Full text of the letter from Harbour Watch'], '“We ask the board to publish the costs before any work starts.”']);
    expect(said(byOwner)).toEqual(['Harbour Watch | We ask the board to publish the costs before any work starts.']);
    const titled = run([opening, ['subhead', 'The Mayor’s Speech 2026: full transcript'], '“Friends, this is a good day for the island and for the ferry.”']);
    expect(said(titled)[0]).toMatch(/^Mayor \| Friends, this is a good day/);
  });

  it('reads nothing under a heading that names no statement, or no owner, or over narration', () => {
    const noStatement = run([opening, ['subhead', 'Tove Arnesen’s plans for the pier'], '“We will repair the pier before the summer starts.”']);
    expect(said(noStatement).some((l) => l.startsWith('Tove Arnesen'))).toBe(false);
    const noOwner = run([opening, ['subhead', 'The statement in full'], '“We will repair the pier before the summer starts.”']);
    expect(said(noOwner)).toEqual([]);
    const narration = run([opening, ['subhead', 'Tove Arnesen’s speech'], 'The chair spoke of a “new start for the pier and the ferry” at the meeting.']);
    expect(said(narration)).toEqual([]);
  });
});
