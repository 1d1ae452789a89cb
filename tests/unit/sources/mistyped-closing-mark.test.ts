import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// An opening curly mark typed where the closing one belongs ("…here,“ said …"): glued to the word
// before it and followed by a space, it closes the quotation instead of opening a new one.
describe('a quotation closed with an opening mark', () => {
  it('ends there, and the cue after it names the speaker', () => {
    expect(said(run(['“The ferry will run again in May,“ said Anna Berg, a harbour engineer.']))).toEqual([
      'Anna Berg | The ferry will run again in May',
    ]);
  });

  it('lets the next quotation of the paragraph go on with the same speaker', () => {
    expect(said(run(['Lars Ek runs the pier.', '“Apparently not,“ Ek said. “The boats are still too slow.”']))).toEqual([
      'Lars Ek | Apparently not',
      'Lars Ek | The boats are still too slow.',
    ]);
  });

  it('still opens a quotation after a space', () => {
    expect(said(run(['“It is late,” Ek said. “The boats are still too slow.”']))).toEqual(['Ek | It is late', 'Ek | The boats are still too slow.']);
  });
});
