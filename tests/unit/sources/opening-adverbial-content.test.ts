import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// What a cue reports, not when or where it happened: a short opening phrase of time or place is no
// statement ("During the morning service, the pastor asked …"), and an infinitive after the person
// asked, with the one asked, is what was asked, however short ("asked the crowd to stand").
describe('an opening adverbial before a cue', () => {
  it('is not read as the statement; the infinitive after the object is', () => {
    expect(said(run(['During the morning service, pastor Ruth Alder asked the choir to stand for the mayor.']))).toEqual([
      'Ruth Alder | the choir to stand for the mayor',
    ]);
  });

  it('still opens a statement that has a clause of its own', () => {
    expect(said(run(['After the flood, we rebuilt the pier in a month, Ruth Alder said.']))).toEqual([
      'Ruth Alder | After the flood, we rebuilt the pier in a month',
    ]);
  });
});
