import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('"X said, in a speech on Monday, “…”": an adjunct between the cue and its quotation', () => {
  it('reads the quotation after an adjunct of occasion', () => {
    const r = run(['Reed said, in a speech on Monday, “We will not give up the pier.”']);
    expect(said(r)).toEqual(['Reed | We will not give up the pier.']);
  });

  it('reads it after a causative verb and an adjunct of time', () => {
    const r = run(['That kind of talk led Ann Lowe to suggest, in a radio interview on Wednesday evening, “He is not up to this.”']);
    expect(said(r)).toEqual(['Ann Lowe | He is not up to this.']);
  });

  it('reads it after an adverb of manner', () => {
    const r = run(['Ann Lowe added, quietly, “We will be back next year.”']);
    expect(said(r)).toEqual(['Ann Lowe | We will be back next year.']);
  });
});
