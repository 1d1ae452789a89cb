import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a bare office as the speaker ("the candidate said")', () => {
  it('stands for the person the story follows when no one was given that title', () => {
    const r = run([
      'Mara Jensen toured a boatyard in Harwick on Monday, her third stop of the week.',
      'The candidate said the yard would stay open under her plan.',
    ]);
    expect(said(r)).toEqual(['Mara Jensen | the yard would stay open under her plan']);
  });

  it('keeps "the former president" to the person named before it', () => {
    const r = run([
      'Tomas Brandt spoke to volunteers in Lowell on Friday.',
      'The former president said the turnout would decide the race.',
    ]);
    expect(said(r)).toEqual(['Tomas Brandt | the turnout would decide the race']);
  });

  it('leaves an office that says which one as written ("the Vermont senator")', () => {
    const r = run([
      'Tomas Brandt spoke to volunteers in Lowell on Friday.',
      'The Vermont senator said the turnout would decide the race.',
    ]);
    expect(said(r)).toEqual(['Vermont senator | the turnout would decide the race']);
  });
});
