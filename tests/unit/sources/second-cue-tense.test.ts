import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A second verb after "and" ends a reported statement only when it is the speaker's: not a past
// verb after a cue in the present (the telling is now, the deed inside what is told), nor a belief
// after a "that" whose clause has its own subject.
describe('a second verb inside the reported statement', () => {
  it('goes on after a cue in the present when the verb is past', () => {
    expect(said(run(['Mayor Alma Rudd says she called the minister and asked him to reopen the bridge.']))).toContain(
      'Alma Rudd | she called the minister and asked him to reopen the bridge',
    );
  });

  it('goes on with a belief after "that"', () => {
    expect(said(run(['Per Lund told neighbours that the council knew about the leak and thought the repair could wait.']))).toContain(
      'Per Lund | the council knew about the leak and thought the repair could wait',
    );
  });

  it('still ends at a second verb of saying in the same tense', () => {
    expect(said(run(['Per Lund said the council knew about the leak and added that the repair could not wait.']))).toEqual([
      'Per Lund | the council knew about the leak',
      'Per Lund | the repair could not wait',
    ]);
  });
});
