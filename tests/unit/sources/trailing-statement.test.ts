import { describe, expect, it } from 'vitest';
import { isTrailingStatement } from '../../../src/core/sources/trailing-statement';
import { run, said } from './run';

// "The levy will pass, the mayor agreed.": a verb that otherwise wants its own complement closes
// the sentence as "said" does, and the clause before it is what was agreed, commented or found.
describe('a statement closed by "agreed", "commented", "revealed", "found" or "countered"', () => {
  it('reads the clause before the comma as the statement', () => {
    const r = run([
      'The ferry will sail all winter, the mayor agreed on Tuesday.',
      'Fares rose by a third after the levy, a survey by the Port Trust found.',
      'The new timetable is a mistake, Ada Lund commented.',
      'The pier was never safe, the council countered.',
    ]);
    expect(said(r)).toEqual(expect.arrayContaining([
      'mayor | The ferry will sail all winter',
      'Ada Lund | The new timetable is a mistake',
      'council | The pier was never safe',
    ]));
  });

  it('leaves the verb alone where it takes its own complement or the clause before only says when', () => {
    expect(isTrailingStatement('agreed', 'Eight months later, ', 'the board ', ' to sell the pier.')).toBe(false);
    expect(isTrailingStatement('agreed', 'Once the vote was counted, ', 'the council ', '.')).toBe(false);
    expect(isTrailingStatement('agreed', 'Weighing in on the plan, ', 'Lund ', ', praising the mayor.')).toBe(false);
    expect(isTrailingStatement('found', 'The keys were lost, ', 'the police ', ' them in the car.')).toBe(false);
    expect(isTrailingStatement('found', 'They grow in warm regions, ', 'such as the vines ', ' in Florida.')).toBe(false);
    expect(isTrailingStatement('revealed', 'The album is almost done, ', 'the singer recently ', '.')).toBe(true);
    const r = run(['Once the vote was counted, the council agreed.']);
    expect(r.quotes).toHaveLength(0);
  });
});
