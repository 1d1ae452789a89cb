import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "…, and when Dan Holt thanked the workers and said …": a verb coordinated inside a subordinate
// clause shares that clause's subject, not the one that opens the sentence.
describe('a coordinated verb inside a subordinate clause', () => {
  it('takes the subject after "when"', () => {
    expect(said(run(['Some in the crowd booed, and when Mayor Dan Holt thanked the workers and said the port would reopen, a man shouted at him.']))
      .map((l) => l.split(' | ')[0])).toEqual(['Dan Holt']);
  });

  it('takes a pronoun after "after"', () => {
    const lines = said(run(['Rosa Diaz runs the ferry. The crowd went quiet after she climbed the stage and said the ferry would stop in May.']));
    expect(lines.map((l) => l.split(' | ')[0])).toEqual(['Rosa Diaz']);
  });

  it('keeps the sentence subject when the clause closed before the verb', () => {
    expect(said(run(['When the vote failed, Dan Holt stood up and said the count was wrong.']))).toEqual(['Dan Holt | the count was wrong']);
  });
});
