import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "While farmers welcomed the plan, they …": "they" opening the main clause stands for the plural
// subject of the fronted clause before it.
describe('"they" after a fronted clause with a plural subject', () => {
  it('gives "they" to the fronted clause subject, not to the person named before', () => {
    const r = run(['Ada Lund chairs the ferry board.', 'While farmers welcomed the new timetable, they said the fee was still too high.']);
    expect(said(r)).toContain('farmers | the fee was still too high');
  });

  it('leaves a pronoun that credits the sentence between commas', () => {
    const r = run(['Ada Lund chairs the ferry board.', 'Until voters go to the polls, they said, the fee stays.']);
    expect(said(r).some((s) => s.startsWith('voters |'))).toBe(false);
  });
});
