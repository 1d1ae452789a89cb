import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A statement set in parentheses ("(Lund says the pier is safe.)"): the opening parenthesis is no
// part of the subject and the closing one no part of the content; and the words after an aside's
// closing parenthesis ("(…, Lund says) delayed the vote") are not the aside's content.
describe('a statement in parentheses', () => {
  it('is read without its marks', () => {
    expect(said(run(['The council met on Monday. (Per Lund says the pier will reopen in May.) The vote was close.']))).toEqual([
      'Per Lund | the pier will reopen in May',
    ]);
  });

  it('does not give an aside the words after its closing parenthesis', () => {
    expect(said(run(['The repairs (at one point as costly as the pier itself, Per Lund says) delayed the vote.']))).not.toContain('Per Lund | ) delayed the vote');
  });
});
