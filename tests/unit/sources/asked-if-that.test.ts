import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a question word before "that"', () => {
  it('keeps "whether that …" whole: the "that" is the question\'s, not a complementiser', () => {
    const r = run(['Reporter Ivo Brandt asked whether that would happen before the harbour vote.']);
    expect(said(r)).toEqual(['Ivo Brandt | whether that would happen before the harbour vote']);
  });

  it('still skips an adjunct before the complementiser "that"', () => {
    const r = run(['Ivo Brandt said on Tuesday that the harbour vote would be delayed.']);
    expect(said(r)).toEqual(['Ivo Brandt | the harbour vote would be delayed']);
  });
});
